import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageMessages } from '@/lib/content-script/page-messages';

describe('pageMessages: the words a content script shows', () => {
  it('takes what the background sent, else the browser locale, else nothing', () => {
    const getMessage = vi
      .spyOn(fakeBrowser.i18n, 'getMessage')
      .mockImplementation((key: string) => (key === 'overlay_title' ? 'From the browser' : ''));
    const lookup = pageMessages({ overlay_dismiss: 'Sent' });
    expect(lookup('overlay_dismiss')).toBe('Sent');
    expect(lookup('overlay_title')).toBe('From the browser');
    expect(lookup('overlay_missing')).toBeUndefined();
    expect(getMessage).not.toHaveBeenCalledWith('overlay_dismiss');
  });
});
