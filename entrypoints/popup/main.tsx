import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { fluidWidth, POPUP_FILTER, popupTabOverride } from '@/components/popup/popup-options';
import { preloadFirstRows } from '@/components/library/useLibraryData';

// The first rows are read while the popup renders: they are what it must show first.
preloadFirstRows(POPUP_FILTER);
const tabId = popupTabOverride(location.search);
if (fluidWidth(tabId)) document.documentElement.dataset.fluid = '';
render(<Popup tabId={tabId} />, document.getElementById('app')!);
