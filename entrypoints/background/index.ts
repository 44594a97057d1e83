import { defineBackground } from 'wxt/utils/define-background';
import { registerAccountStateHandlers } from './account-state';
import { registerCaseHandlers } from './cases';
import { registerChangeHandlers } from './changes';
import { registerDeadlineHandlers } from './deadlines';
import { registerHealthRecordHandlers } from './health-records';
import { registerRemovalHandlers } from './removal';
import { registerTabStatusHandlers } from './tab-status';

// MV3 stops this worker whenever it likes: every handler is registered synchronously at
// start-up and keeps its state in storage, never in module variables.
export default defineBackground(() => {
  registerTabStatusHandlers();
  registerAccountStateHandlers();
  registerCaseHandlers();
  registerDeadlineHandlers();
  registerChangeHandlers();
  registerHealthRecordHandlers();
  registerRemovalHandlers();
});
