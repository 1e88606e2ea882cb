export { DropZone } from './DropZone';
