export * from './HostProblem';
