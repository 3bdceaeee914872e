// A project's task board: drag a card to another column or to another place in its column on wide
// screens (SortableJS). The drop posts what the card's own status picker would post, plus the place
// it was dropped at and the version the board showed; the board then reloads, so columns and counts
// are the server's. A refusal (or a card changed meanwhile: 409) puts the card back with the message.
(function () {
  'use strict';

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? [header.content, token.content] : null;
  }

  function showProblem(board, text) {
    var box = board.parentElement.querySelector('.board-problem');
    if (box) {
      box.textContent = text;
      box.hidden = false;
    }
  }

  function putBack(event) {
    var before = event.from.children[event.oldIndex] || null;
    event.from.insertBefore(event.item, before);
  }

  // The place among the column's cards (other list items, such as "加载更多", do not count).
  function placeOf(card) {
    var place = 0;
    for (var node = card.previousElementSibling; node; node = node.previousElementSibling) {
      if (node.classList.contains('board-card')) {
        place++;
      }
    }
    return place;
  }

  function dropped(board, event) {
    if (event.from === event.to && event.oldIndex === event.newIndex) {
      return;
    }
    var card = event.item;
    var form = card.querySelector('form.board-pick');
    if (!form) {
      putBack(event);
      return;
    }
    var body = new URLSearchParams();
    body.set('columnId', event.to.dataset.column);
    body.set('position', String(placeOf(card)));
    body.set('version', card.dataset.version);
    var headers = { 'X-Board': '1', 'Content-Type': 'application/x-www-form-urlencoded' };
    var token = csrf();
    if (token) {
      headers[token[0]] = token[1];
    }
    fetch(form.action, { method: 'POST', headers: headers, body: body, credentials: 'same-origin' })
      .then(function (response) {
        if (response.status === 204) {
          window.location.reload();
          return null;
        }
        return response.text().then(function (text) {
          putBack(event);
          showProblem(board, (board.dataset.failed || '') + text);
        });
      })
      .catch(function () {
        putBack(event);
        showProblem(board, board.dataset.failed || '');
      });
  }

  function init(root) {
    var wide = window.matchMedia('(min-width: 768px)').matches;
    (root.querySelectorAll ? root : document).querySelectorAll('[data-task-board]').forEach(function (board) {
      if (!wide || !window.Sortable || board.dataset.sortable) {
        return;
      }
      board.dataset.sortable = 'on';
      board.querySelectorAll('.board-cards').forEach(function (list) {
        window.Sortable.create(list, {
          group: 'tasks',
          draggable: '.board-card[data-movable]',
          filter: 'form, select, button, .board-more',
          preventOnFilter: false,
          animation: 150,
          onEnd: function (event) { dropped(board, event); }
        });
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () { init(document); });
}());
