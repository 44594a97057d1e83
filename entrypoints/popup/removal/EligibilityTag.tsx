import { useI18n } from '@/components/I18n';
import type { CancelEligibility } from '@/lib/removal/eligibility';
import { eligibilityLabel } from './text';

/** The verdict as a small labelled tag; colour repeats what the words say, never replaces them. */
export function EligibilityTag({ eligibility }: { readonly eligibility: CancelEligibility }) {
  const { t } = useI18n();
  return (
    <span class="removal-tag" data-eligibility={eligibility}>
      {eligibilityLabel(t, eligibility)}
    </span>
  );
}
