// 甘特图: on screens from 720 px the project's plan as a frappe-gantt chart. The chart only draws: the
// server schedules (dates, critical path, slip against the baseline), and a dragged task bar posts its
// new dates; the chart then reloads the server's plan, or shows why the move was refused and puts the
// bar back. The library is loaded on the first chart, not by every page. Baseline bars are thin lines
// under the bars, drawn here since frappe-gantt has none.
(function () {
  'use strict';

  var WIDE = '(min-width: 720px)';
  var SVG = 'http://www.w3.org/2000/svg';
  var loading = null;

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? [header.content, token.content] : null;
  }

  function library(chart) {
    if (window.Gantt) {
      return Promise.resolve();
    }
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var css = document.createElement('link');
        css.rel = 'stylesheet';
        css.href = chart.dataset.css;
        document.head.appendChild(css);
        var script = document.createElement('script');
        script.src = chart.dataset.lib;
        script.onload = resolve;
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function day(date) {
    var m = date.getMonth() + 1;
    var d = date.getDate();
    return date.getFullYear() + '-' + (m < 10 ? '0' : '') + m + '-' + (d < 10 ? '0' : '') + d;
  }

  function days(from, to) {
    return Math.round((Date.parse(to) - Date.parse(from)) / 86400000);
  }

  function problem(chart, text) {
    var box = chart.parentElement.querySelector('.gantt-problem');
    if (box) {
      box.textContent = text || '';
      box.hidden = !text;
    }
  }

  function text(value) {
    var span = document.createElement('span');
    span.textContent = value == null ? '' : String(value);
    return span.innerHTML;
  }

  function popup(chart) {
    return function (ctx) {
      var task = ctx.task;
      ctx.set_title(text(task.name));
      ctx.set_subtitle(task.critical ? text(chart.dataset.critical) : '');
      var lines = [text(task.start + ' – ' + task.end)];
      if (task.baseline_start) {
        lines.push(text(chart.dataset.baselineLabel + ': ' + task.baseline_start + ' – ' + task.baseline_end));
      }
      if (task.slip) {
        lines.push(text(chart.dataset.slip.replace('{0}', task.slip)));
      }
      ctx.set_details(lines.join('<br>'));
    };
  }

  /** Each bar's kind as a class, and a thin line under it where the item lay in the baseline. */
  function baselines(chart, items) {
    items.forEach(function (item) {
      var wrapper = chart.querySelector('.bar-wrapper[data-id="' + item.id + '"]');
      var bar = wrapper && wrapper.querySelector('.bar');
      if (!bar) {
        return;
      }
      wrapper.classList.add('gantt-kind-' + item.kind.toLowerCase());
      if (!item.baseline_start) {
        return;
      }
      var x = parseFloat(bar.getAttribute('x'));
      var width = parseFloat(bar.getAttribute('width'));
      var perDay = width / (days(item.start, item.end) + 1);
      var line = document.createElementNS(SVG, 'rect');
      line.setAttribute('class', 'gantt-baseline-bar');
      line.setAttribute('x', x + days(item.start, item.baseline_start) * perDay);
      line.setAttribute('y', parseFloat(bar.getAttribute('y')) + parseFloat(bar.getAttribute('height')) + 2);
      line.setAttribute('width', Math.max(2, (days(item.baseline_start, item.baseline_end) + 1) * perDay));
      line.setAttribute('height', 4);
      wrapper.insertBefore(line, wrapper.firstChild);
    });
  }

  function move(chart, task, start, end) {
    if (task.kind !== 'TASK' || chart.dataset.mayPlan !== 'true') {
      load(chart);
      return;
    }
    var body = new URLSearchParams();
    body.set('start', day(start));
    body.set('end', day(end));
    if (task.version != null) {
      body.set('version', task.version);
    }
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json' };
    var token = csrf();
    if (token) {
      headers[token[0]] = token[1];
    }
    fetch(chart.dataset.move + task.id.substring(1) + '/dates', { method: 'POST', headers: headers, body: body, credentials: 'same-origin' })
      .then(function (response) {
        if (response.ok) {
          problem(chart, '');
          load(chart);
          return null;
        }
        return response.json().catch(function () { return {}; }).then(function (answer) {
          problem(chart, chart.dataset.failed + ' ' + ((answer && answer.messages) || []).join(' '));
          load(chart);
        });
      })
      .catch(function () {
        problem(chart, chart.dataset.failed);
        load(chart);
      });
  }

  /**
   * frappe-gantt writes its hatch pattern into the SVG with a style attribute, which the content
   * security policy refuses (and reports); while it draws, style attributes are left out of SVG
   * markup, and the stylesheet gives the pattern its stroke instead.
   */
  function withoutInlineStyles(work) {
    var property = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
    Object.defineProperty(Element.prototype, 'innerHTML', {
      configurable: true,
      get: property.get,
      set: function (html) {
        var clean = typeof html === 'string' && this instanceof SVGElement ? html.replace(/\sstyle="[^"]*"/g, '') : html;
        property.set.call(this, clean);
      }
    });
    try {
      return work();
    } finally {
      Object.defineProperty(Element.prototype, 'innerHTML', property);
    }
  }

  /**
   * Scrolls the timeline to today, measured on the first bar: frappe-gantt's own scroll to today
   * happens before the page has laid the chart out and leaves it at its start.
   */
  function toToday(chart, items) {
    var first = items[0];
    var bar = first && chart.querySelector('.bar-wrapper[data-id="' + first.id + '"] .bar');
    var scroller = chart.querySelector('.gantt-container');
    if (!bar || !scroller) {
      return;
    }
    var perDay = parseFloat(bar.getAttribute('width')) / (days(first.start, first.end) + 1);
    var x = parseFloat(bar.getAttribute('x')) + days(first.start, day(new Date())) * perDay;
    var left = Math.max(0, x - scroller.clientWidth / 3);
    scroller.scrollLeft = left;
    chart.scrollLeft = left;
  }

  function draw(chart, data) {
    chart.innerHTML = '';
    if (!data.items.length) {
      return;
    }
    var items = data.items.map(function (item) { return Object.assign({}, item); });
    var busy = false;
    chart.gantt = withoutInlineStyles(function () { return new window.Gantt(chart, items, {
      view_mode: 'Week',
      view_mode_select: false,
      today_button: false,
      language: chart.dataset.lang && chart.dataset.lang.indexOf('zh') === 0 ? 'zh' : 'en',
      readonly: chart.dataset.mayPlan !== 'true',
      readonly_progress: true,
      // weekends would be shaded through style attributes, which the content security policy refuses
      holidays: {},
      // extending the timeline while scrolling draws it again, outside the guard against style attributes
      infinite_padding: false,
      move_dependencies: false,
      popup_on: 'click',
      popup: popup(chart),
      on_date_change: function (task, start, end) {
        if (busy) {
          return;
        }
        busy = true;
        move(chart, task, start, end);
      }
    }); });
    baselines(chart, data.items);
    window.requestAnimationFrame(function () { toToday(chart, data.items); });
  }

  function load(chart) {
    return fetch(chart.dataset.gantt, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (data) { draw(chart, data); });
  }

  function init(root) {
    if (!window.matchMedia(WIDE).matches) {
      return;
    }
    (root.querySelectorAll ? root : document).querySelectorAll('[data-gantt]').forEach(function (chart) {
      if (chart.dataset.drawn) {
        return;
      }
      chart.dataset.drawn = 'on';
      library(chart).then(function () { return load(chart); }).catch(function () {
        problem(chart, chart.dataset.failed);
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () { init(document); });
  document.addEventListener('htmx:load', function (event) { init(event.target); });
  window.matchMedia(WIDE).addEventListener('change', function (event) {
    if (event.matches) {
      init(document);
    }
  });
}());
