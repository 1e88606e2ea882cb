export * from './InputsForm';
