import { useI18n } from '@/components/I18n';
import type { MessageKey } from '@/lib/i18n/translate';
import { cancelGuidance } from '@/lib/removal/cancel-guidance';
import type { RemovalReportOrder } from '@/lib/removal/report-orders';

/** The exact way to cancel one imported order in Seller Central: the same words its badge shows on the page. */
export function CancelSteps({ order, id }: { readonly order: RemovalReportOrder; readonly id: string }) {
  const { t } = useI18n();
  // The catalog's own `$1` is kept for cancelGuidance, which puts the order ID there.
  const guidance = cancelGuidance(order, (key) => t(key as MessageKey, '$1'), order.orderId);
  if (!guidance.steps) return null;
  return (
    <div id={id} class="removal-cancel-path" data-testid="removal-cancel-path">
      <p class="removal-cancel-line">
        <strong>{guidance.steps.title}</strong>
      </p>
      <ol>
        {guidance.steps.items.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {guidance.caveat && <p class="muted removal-cancel-line">{guidance.caveat}</p>}
    </div>
  );
}
