export const TRANSFORMATION_COMMANDS: import('./registry').Command[] = [];
