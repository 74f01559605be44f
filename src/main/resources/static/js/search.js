// Progressive behaviour of the search page: "/" focuses the box, autocomplete from /api/suggest,
// dragging across the histogram. Without this file every feature is still a plain link or form.
(function () {
  'use strict';

  var box = document.getElementById('q');
  if (!box) {
    return;
  }

  function typingIn(element) {
    return element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
  }

  document.addEventListener('keydown', function (event) {
    if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingIn(event.target)) {
      event.preventDefault();
      box.focus();
      box.select();
    }
  });

  autocomplete(box, document.getElementById('suggestions'));
  histogram(document.querySelector('.histogram'));

  /** The ARIA 1.2 combobox pattern: arrows move through the list, Enter runs the chosen search. */
  function autocomplete(input, list) {
    var options = [];
    var active = -1;
    var asked = 0;
    var timer = null;

    function close() {
      list.hidden = true;
      list.replaceChildren();
      options = [];
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    // The word being typed is the prefix; earlier words stay as they are.
    function prefix() {
      var match = /(\S+)$/.exec(input.value);
      return match ? match[1] : '';
    }

    function choose(text) {
      input.value = input.value.replace(/\S+$/, text);
      close();
      input.form.requestSubmit();
    }

    function highlight(index) {
      options.forEach(function (option, i) {
        option.setAttribute('aria-selected', String(i === index));
      });
      active = index;
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({block: 'nearest'});
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function show(suggestions) {
      close();
      suggestions.forEach(function (suggestion, i) {
        var option = document.createElement('li');
        option.id = 'suggestion-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        var text = document.createElement('span');
        text.textContent = suggestion.text;
        var kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = list.dataset[suggestion.kind] || suggestion.kind;
        option.append(text, kind);
        // mousedown, not click: the box keeps its focus until the choice is made.
        option.addEventListener('mousedown', function (event) {
          event.preventDefault();
          choose(suggestion.text);
        });
        list.append(option);
        options.push(option);
      });
      if (options.length > 0) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
    }

    function ask() {
      var word = prefix();
      if (word.length < 2) {
        close();
        return;
      }
      var ticket = ++asked;
      fetch('/api/suggest?size=8&q=' + encodeURIComponent(word), {headers: {Accept: 'application/json'}})
        .then(function (response) {
          return response.ok ? response.json() : {suggestions: []};
        })
        .then(function (answer) {
          // An answer to an older keystroke must not replace a newer one.
          if (ticket === asked && document.activeElement === input) {
            show(answer.suggestions || []);
          }
        })
        .catch(close);
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 150);
    });

    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' && options.length > 0) {
        event.preventDefault();
        highlight((active + 1) % options.length);
      } else if (event.key === 'ArrowUp' && options.length > 0) {
        event.preventDefault();
        highlight(active <= 0 ? options.length - 1 : active - 1);
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        choose(options[active].firstChild.textContent);
      } else if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault();
        close();
      }
    });

    input.addEventListener('blur', function () {
      setTimeout(close, 100);
    });
  }

  /** Pressing on one bar and releasing on another narrows the search to the dates between them. */
  function histogram(svg) {
    if (!svg) {
      return;
    }
    var bars = Array.prototype.slice.call(svg.querySelectorAll('a'));
    var start = -1;
    var end = -1;
    var dragged = false;

    function mark() {
      var low = Math.min(start, end);
      var high = Math.max(start, end);
      bars.forEach(function (bar, i) {
        bar.classList.toggle('chosen', start >= 0 && i >= low && i <= high);
      });
    }

    bars.forEach(function (bar, i) {
      bar.addEventListener('pointerdown', function (event) {
        if (event.button === 0) {
          event.preventDefault();
          start = end = i;
          dragged = false;
          mark();
        }
      });
      bar.addEventListener('pointerenter', function () {
        if (start >= 0 && i !== end) {
          end = i;
          dragged = true;
          mark();
        }
      });
      bar.addEventListener('click', function (event) {
        if (dragged) {
          event.preventDefault();
        }
      });
    });

    document.addEventListener('pointerup', function () {
      if (start < 0) {
        return;
      }
      var low = bars[Math.min(start, end)];
      var high = bars[Math.max(start, end)];
      start = end = -1;
      if (dragged) {
        var url = new URL(window.location.href);
        url.searchParams.set('from', low.dataset.from);
        url.searchParams.set('to', high.dataset.to);
        url.searchParams.delete('page');
        url.searchParams.delete('cursor');
        window.location.assign(url.toString());
      } else {
        mark();
      }
    });
  }
})();
