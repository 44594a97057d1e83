import { useState } from 'preact/hooks';
import { useLiveValue } from '@/components/useAsync';
import { useNewerVersion } from '@/components/useNewerVersion';
import { type Settings, settingsItem } from '@/lib/storage/items/settings';

/**
 * The seller's settings for an options section: the live value, whether a newer version saved
 * them (then they are shown, not editable here), whether this section saved a change, and the
 * change itself, merged into what is stored.
 */
export function useSettings() {
  const { value: settings } = useLiveValue(settingsItem.get, settingsItem.watch);
  const [saved, setSaved] = useState(false);
  const newer = useNewerVersion(settingsItem);
  const change = async (patch: Partial<Settings>) => {
    await settingsItem.update((current) => ({ ...current, ...patch }));
    setSaved(true);
  };
  return { settings, newer, saved, change };
}
