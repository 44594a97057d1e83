/** Overlay copy lives in messages.json under this prefix; the background sends only these keys. */
export const OVERLAY_MESSAGE_PREFIX = 'overlay_';
