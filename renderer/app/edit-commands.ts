/**
 * The 编辑 menu's commands (撤销, 重做, 查找, 替换) act on the open report, which only the editor knows: the
 * editor binds a handler while it is shown; elsewhere the commands do nothing.
 */
export type EditCommand = 'undo' | 'redo' | 'find' | 'replace';

let handler: ((command: EditCommand) => void) | null = null;

export function bindEditCommands(h: ((command: EditCommand) => void) | null): void {
  handler = h;
}

export function runEditCommand(command: EditCommand): void {
  handler?.(command);
}
