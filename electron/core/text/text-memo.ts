/**
 * Results computed from one line of text alone, kept between checks: the editor checks the whole report after
 * every pause in typing, and all but the edited paragraph are the same strings as last time. Two generations
 * bound the memory: when the current one is full it becomes the old one, and what is still used is carried over.
 */
export class TextMemo<T> {
  private current = new Map<string, T>();
  private old = new Map<string, T>();

  /** `limit`: lines kept per generation (a 50× report has about 700 lines). */
  constructor(
    private readonly make: (text: string) => T,
    private readonly limit = 4096,
  ) {}

  /** make(text), computed once per text while it is in use. The value is shared: callers never change it. */
  get(text: string): T {
    let v = this.current.get(text);
    if (v !== undefined) return v;
    v = this.old.get(text);
    if (v === undefined) v = this.make(text);
    this.current.set(text, v);
    if (this.current.size >= this.limit) {
      this.old = this.current;
      this.current = new Map();
    }
    return v;
  }
}
