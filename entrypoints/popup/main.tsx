import { mountPage } from '@/components/mount-page';
import './popup.css';
import { App, tabFromHash } from './App';
import { statesRead } from './MarketplaceStates';
import { subjectRead } from './subject';

// The Status tab's reads start with the settings read the first render waits for, not after it.
// The marketplaces' read only when Status opens first: no other tab shows it.
subjectRead.start();
const statusFirst = tabFromHash() === 'status';
if (statusFirst) statesRead.start();
void mountPage(App, {
  reads: statusFirst ? [subjectRead.settled(), statesRead.settled()] : [subjectRead.settled()],
  atMostMs: 50,
});
