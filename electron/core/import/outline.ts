/** The body's headings as a tree: each numbered heading holds the paragraphs under it and its sub-headings. */
import { headingOf } from './headings.ts';

/** A heading of the source and what follows it. */
export interface OutlineNode {
  index: number; // order of appearance among headings
  depth: number; // nesting depth in the source, 1 = top level
  style: number;
  line: string; // the heading as written (number and text)
  heading: string;
  paragraphs: string[];
  children: OutlineNode[];
}

export interface Outline {
  /** the top-level headings */
  top: OutlineNode[];
  /** every heading, in order of appearance */
  nodes: OutlineNode[];
  /** the lines before the first heading (the 导语) */
  preamble: string[];
}

/**
 * Nest the body's headings by style: a heading closes every open heading of its style or a deeper one. A heading's
 * depth is its place in that nesting, not its style, so a （1） right under （一） is one level down.
 */
export function buildOutline(body: string[]): Outline {
  const root: OutlineNode[] = [];
  const nodes: OutlineNode[] = [];
  const preamble: string[] = [];
  const stack: OutlineNode[] = [];
  for (const line of body) {
    const h = headingOf(line);
    if (!h) {
      if (stack.length) stack[stack.length - 1].paragraphs.push(line);
      else preamble.push(line);
      continue;
    }
    while (stack.length && stack[stack.length - 1].style >= h.style) stack.pop();
    const node: OutlineNode = {
      index: nodes.length,
      depth: stack.length + 1,
      style: h.style,
      line: h.heading ? `${h.prefix.trim()}${h.heading}` : h.prefix.trim(),
      heading: h.heading,
      paragraphs: [],
      children: [],
    };
    if (h.body) node.paragraphs.push(h.body);
    nodes.push(node);
    (stack.length ? stack[stack.length - 1].children : root).push(node);
    stack.push(node);
  }
  return { top: root, nodes, preamble };
}
