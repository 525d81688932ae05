export const runRegistrations = async (): Promise<void> => {};
