import React, { useMemo } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

type Comment = { id: string; author: string; bodyHtml: string };

export function CommentBody({ comment }: { comment: Comment }) {
  return (
    <div
      className="comment"
      dangerouslySetInnerHTML={{
        // ruleid: javascript.xss.react.dangerously-set-inner-html
        __html: comment.bodyHtml,
      }}
    />
  );
}

export function MarkdownPreview({ source }: { source: string }) {
  const html = marked.parse(source) as string;
  return (
    <article
      dangerouslySetInnerHTML={{
        // ruleid: javascript.xss.react.dangerously-set-inner-html
        __html: html,
      }}
    />
  );
}

function highlight(text: string, term: string): string {
  return text.split(term).join(`<mark>${term}</mark>`);
}

export function SearchHit({ text, term }: { text: string; term: string }) {
  // ruleid: javascript.xss.react.dangerously-set-inner-html
  return React.createElement('p', { dangerouslySetInnerHTML: { __html: highlight(text, term) } });
}

export function SafeComment({ comment }: { comment: Comment }) {
  return (
    <div
      dangerouslySetInnerHTML={{
        // ok: javascript.xss.react.dangerously-set-inner-html
        __html: DOMPurify.sanitize(comment.bodyHtml),
      }}
    />
  );
}

export function SafePreview({ source }: { source: string }) {
  const clean = useMemo(() => DOMPurify.sanitize(marked.parse(source) as string), [source]);
  return (
    <article
      dangerouslySetInnerHTML={{
        // ok: javascript.xss.react.dangerously-set-inner-html
        __html: clean,
      }}
    />
  );
}

export function Logo() {
  return (
    <span
      dangerouslySetInnerHTML={{
        // ok: javascript.xss.react.dangerously-set-inner-html
        __html: '<svg viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>',
      }}
    />
  );
}

export function SafeText({ comment }: { comment: Comment }) {
  // ok: javascript.xss.react.dangerously-set-inner-html
  return <p className="comment">{comment.bodyHtml}</p>;
}
