/**
 * Stands in for `@digdir/designsystemet-web` (vite.config.ts aliases the bare name here). Designsystemet's
 * React components import that package only for its side effects, and its entry registers every behaviour,
 * including the suggestion box (u-combobox, u-datalist) and the tooltip and popover positioning
 * (floating-ui) that Navet does not use: about 9 KB gzip of the first screen. These are the behaviours
 * Navet's components rely on; a component that needs another one must add it here.
 */
import '@digdir/designsystemet-web/clickdelegatefor';
import '@digdir/designsystemet-web/details';
import '@digdir/designsystemet-web/dialog';
import '@digdir/designsystemet-web/fieldset';
import '@digdir/designsystemet-web/focusgroup';
import '@digdir/designsystemet-web/invokers';
import '@digdir/designsystemet-web/readonly';
import '@digdir/designsystemet-web/toggle-group';
import '@digdir/designsystemet-web/ds-error-summary';
import '@digdir/designsystemet-web/ds-field';
import '@digdir/designsystemet-web/ds-tabs';
import '@digdir/designsystemet-web/ds-breadcrumbs';

export { pagination } from '@digdir/designsystemet-web/ds-pagination';
