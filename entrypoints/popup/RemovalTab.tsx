import './removal/removal.css';
import { useState } from 'preact/hooks';
import type { DisposalDraft } from '@/lib/removal/disposal-draft';
import { type DisposalRequest, DisposalSection } from './removal/DisposalSection';
import { QuickCheckSection } from './removal/QuickCheckSection';
import { ReportImportSection } from './removal/ReportImportSection';
import { SeenOrdersSection } from './removal/SeenOrdersSection';

/** Removal orders: what the seller has seen, a quick status check, the report import and disposal deadlines. */
export function RemovalTab() {
  // A report row's unsellable units, handed to the deadline form (each click anew, the same row too).
  const [request, setRequest] = useState<DisposalRequest | null>(null);
  const track = (draft: DisposalDraft) => setRequest((last) => ({ draft, serial: (last?.serial ?? 0) + 1 }));
  return (
    <div class="removal-tab">
      <SeenOrdersSection />
      <QuickCheckSection />
      <ReportImportSection onTrackDisposal={track} />
      <DisposalSection request={request} />
    </div>
  );
}
