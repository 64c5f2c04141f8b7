/**
 * Readability with a wall-clock budget: the walks it makes over the page (its node-by-node pass
 * finding candidates, the loops scoring and cleaning them) check the extraction's deadline, and
 * throw PageTooComplex once it is spent, instead of running on for minutes (issue 21: a page's
 * shape alone can make its cleaning quadratic). Readability runs synchronously and cannot be
 * interrupted from outside; this is how it stops from inside. The answers are the stock ones:
 * each hook only checks the clock, then does what the stock method does.
 */
import Stock from '@mozilla/readability/Readability.js';
import type { Deadline } from './budget';
import { Readability, type LecternReadabilityOptions } from './readability';

type Each = (this: unknown, node: Node, index: number, list: ArrayLike<Node>) => unknown;

/** The stock methods hooked here (not in Readability's published types). */
interface Walks {
  _getNextNode(node: Element, ignoreSelfAndKids?: boolean): Element | null;
  _getInnerText(element: Element, normalizeSpaces?: boolean): string;
  _forEachNode(list: ArrayLike<Node>, fn: Each): void;
  _someNode(list: ArrayLike<Node>, fn: Each): boolean;
  _everyNode(list: ArrayLike<Node>, fn: Each): boolean;
  _removeNodes(list: ArrayLike<Node>, filter?: Each): void;
}

const stock = Stock.prototype as unknown as Walks;

export class WatchedReadability<T = string> extends Readability<T> {
  constructor(
    doc: Document,
    private readonly deadline: Deadline,
    options: LecternReadabilityOptions<T> = {},
  ) {
    super(doc, options);
  }

  /** The callback of a loop over nodes, checking the deadline before each node. */
  private watched(fn: Each): Each {
    const deadline = this.deadline;
    return function (this: unknown, node, index, list) {
      deadline.check();
      return fn.call(this, node, index, list);
    };
  }

  _getNextNode(node: Element, ignoreSelfAndKids?: boolean): Element | null {
    this.deadline.check();
    return stock._getNextNode.call(this, node, ignoreSelfAndKids);
  }

  _getInnerText(element: Element, normalizeSpaces?: boolean): string {
    this.deadline.check();
    return stock._getInnerText.call(this, element, normalizeSpaces);
  }

  _forEachNode(list: ArrayLike<Node>, fn: Each): void {
    stock._forEachNode.call(this, list, this.watched(fn));
  }

  _someNode(list: ArrayLike<Node>, fn: Each): boolean {
    return stock._someNode.call(this, list, this.watched(fn));
  }

  _everyNode(list: ArrayLike<Node>, fn: Each): boolean {
    return stock._everyNode.call(this, list, this.watched(fn));
  }

  _removeNodes(list: ArrayLike<Node>, filter?: Each): void {
    stock._removeNodes.call(this, list, filter && this.watched(filter));
  }
}
