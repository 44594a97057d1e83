/**
 * A happy-dom browser for our own Seller Central-shaped pages: inline scripts run (Katal
 * stand-ins attach shadow roots and upgrade late), nothing is loaded from anywhere.
 * happy-dom >= 20 disables script evaluation by default; enabling it is safe here because the
 * pages are our own files, with no network.
 */
import { Browser } from 'happy-dom';

export function happyBrowser(options: { readonly frames: boolean }): Browser {
  return new Browser({
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
      // srcdoc frames load from the page itself; other frame navigation stays off.
      navigation: { disableChildFrameNavigation: !options.frames, disableChildPageNavigation: true },
    },
  });
}
