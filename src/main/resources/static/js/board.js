// 商机看板: drag a card to another stage's column on wide screens (SortableJS). The drop posts the
// stage change the card's own picker form would post, with the version the board showed; the board
// then reloads, so columns and totals are the server's. A refusal puts the card back with the
// message. 输单 needs a reason, which a drop cannot give: dropping there opens the deal's page.
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

  function dropped(board, event) {
    if (event.from === event.to) {
      return;
    }
    var card = event.item;
    var form = card.querySelector('form.board-pick');
    var column = event.to.closest('.board-column');
    if (!form) {
      putBack(event);
      return;
    }
    if (column && column.dataset.outcome === 'LOST') {
      putBack(event);
      window.location.href = card.querySelector('a').href + '#stage';
      return;
    }
    var body = new URLSearchParams();
    body.set('stageId', event.to.dataset.stage);
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
    (root.querySelectorAll ? root : document).querySelectorAll('[data-board]').forEach(function (board) {
      if (!wide || !window.Sortable || board.dataset.mayMove !== 'true' || board.dataset.sortable) {
        return;
      }
      board.dataset.sortable = 'on';
      board.querySelectorAll('.board-cards').forEach(function (list) {
        window.Sortable.create(list, {
          group: 'board',
          draggable: '.board-card',
          filter: 'form, select, button',
          preventOnFilter: false,
          animation: 150,
          onEnd: function (event) { dropped(board, event); }
        });
      });
    });
    (root.querySelectorAll ? root : document).querySelectorAll('select[data-submit-on-change]').forEach(function (select) {
      select.addEventListener('change', function () { select.form.submit(); });
    });
  }

  document.addEventListener('DOMContentLoaded', function () { init(document); });
  document.addEventListener('htmx:load', function (event) { init(event.target); });
}());
