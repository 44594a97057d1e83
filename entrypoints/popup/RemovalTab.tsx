import './removal/removal.css';
import { DisposalSection } from './removal/DisposalSection';
import { QuickCheckSection } from './removal/QuickCheckSection';
import { ReportImportSection } from './removal/ReportImportSection';
import { SeenOrdersSection } from './removal/SeenOrdersSection';

/** Removal orders: what the seller has seen, a quick status check, the report import and disposal deadlines. */
export function RemovalTab() {
  return (
    <div class="removal-tab">
      <SeenOrdersSection />
      <QuickCheckSection />
      <ReportImportSection />
      <DisposalSection />
    </div>
  );
}
