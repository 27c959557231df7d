export { useUndoToast, UNDO_TIMEOUT_MS, type UndoOffer, type UndoToasts } from './use-undo-toast';
