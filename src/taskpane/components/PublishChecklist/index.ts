export * from './PublishChecklist';
