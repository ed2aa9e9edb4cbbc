// charte-ia serve: small conveniences over plain HTML forms, which work without this script.
// On a step of the questionnaire: every change is saved and checked as the user types (the findings
// beside the fields, the summary at the top and the status line follow), and adding or removing a
// row happens without a reload. Server text only ever goes in through textContent.
"use strict";

(function () {
  var form = document.querySelector("form.step-form[data-check]");
  if (!form || !window.fetch || !window.URLSearchParams || !window.FormData) {
    return;
  }
  var status = document.getElementById("autosave");
  var DELAY = 500;
  var timer = null;
  // Requests go one at a time, so the server saves them in the order they were sent; a change made
  // meanwhile is sent when the current request ends. Each request has a number: an answer that is
  // not the last sent one's is ignored.
  var sent = 0;
  var inflight = null;
  var again = false;
  var rowBusy = false;

  function text(name) {
    var words = status.getAttribute("data-" + name) || "";
    for (var i = 1; i < arguments.length; i++) {
      words = words.split("{" + (i - 1) + "}").join(arguments[i]);
    }
    return words;
  }

  // The counts of the step's findings, told in the status line when a change alters them.
  function counted() {
    return form.querySelectorAll(".findings .finding.error").length + "/"
      + form.querySelectorAll(".findings .finding.warning").length;
  }
  var counts = counted();

  function say(words) {
    status.textContent = words;
  }

  function body(action) {
    var data = new URLSearchParams(new FormData(form));
    if (action) {
      data.append("action", action);
    }
    return data;
  }

  function post(url, action) {
    return fetch(url, {
      method: "POST",
      body: body(action),
      credentials: "same-origin",
      headers: { "Accept": action ? "text/html" : "application/json" }
    });
  }

  function failure(error) {
    if (error && error.status === 403) {
      return text("expired");
    }
    return error && error.status ? text("failed") : text("offline");
  }

  function track(promise) {
    var mine = promise.then(function () {}, function () {});
    inflight = mine;
    mine.then(function () {
      if (inflight === mine) {
        inflight = null;
      }
      if (again && !rowBusy) {
        again = false;
        check();
      }
    });
  }

  // ---- live validation -------------------------------------------------------------------------

  function schedule(now) {
    clearTimeout(timer);
    timer = setTimeout(check, now ? 0 : DELAY);
  }

  function check() {
    clearTimeout(timer);
    if (inflight || rowBusy) {
      again = true;
      return;
    }
    var number = ++sent;
    track(post(form.getAttribute("data-check"))
      .then(function (response) {
        if (!response.ok) {
          throw { status: response.status };
        }
        return response.json();
      })
      .then(function (answer) {
        if (number !== sent) {
          return;
        }
        show(answer);
        var time = new Date().toLocaleTimeString(document.documentElement.lang || "fr",
          { hour: "2-digit", minute: "2-digit", second: "2-digit" });
        var now = answer.errors + "/" + answer.warnings;
        say(text("saved", time) + (now === counts ? "" : " " + text("counts", answer.errors, answer.warnings)));
        counts = now;
      }, function (error) {
        if (number === sent) {
          say(failure(error));
        }
      }));
  }

  function element(tag, className, words) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (words !== undefined) {
      node.textContent = words;
    }
    return node;
  }

  /** One finding as findings.mustache renders it. */
  function finding(item, whyLabel) {
    var box = element("div", "finding " + (item.error ? "error" : "warning"));
    var line = element("p");
    line.appendChild(element("strong", null, item.severity));
    line.appendChild(document.createTextNode(" "));
    line.appendChild(element("span", "code", "[" + item.code + "]"));
    line.appendChild(document.createTextNode(" " + item.message));
    box.appendChild(line);
    if (item.why) {
      var why = element("details", "why");
      why.appendChild(element("summary", null, whyLabel));
      why.appendChild(element("p", null, item.why));
      box.appendChild(why);
    }
    return box;
  }

  /** Replaces the children of {@code target} by {@code nodes}, unless they read the same (an open « Pourquoi ? » stays open). */
  function replace(target, nodes) {
    var holder = document.createElement("div");
    nodes.forEach(function (node) { holder.appendChild(node); });
    if (holder.textContent === target.textContent && holder.childNodes.length === target.childNodes.length) {
      return;
    }
    target.replaceChildren.apply(target, Array.prototype.slice.call(holder.childNodes));
  }

  /** The inputs that read {@code container} as their description, and so are invalid when it holds an error. */
  function describedBy(id) {
    var found = [];
    form.querySelectorAll("[aria-describedby]").forEach(function (node) {
      if (node.getAttribute("aria-describedby").split(/\s+/).indexOf(id) < 0) {
        return;
      }
      if (node.matches("input, select, textarea")) {
        found.push(node);
      } else if (node.matches("fieldset.choices")) {
        node.querySelectorAll("input[type=radio], input[type=checkbox]").forEach(function (input) {
          found.push(input);
        });
      }
    });
    return found;
  }

  function show(answer) {
    var containers = answer.containers || {};
    form.querySelectorAll(".findings[id]").forEach(function (container) {
      var list = containers[container.id] || [];
      replace(container, list.map(function (item) { return finding(item, answer.whyLabel); }));
      var invalid = list.some(function (item) { return item.error; });
      describedBy(container.id).forEach(function (input) {
        if (invalid) {
          input.setAttribute("aria-invalid", "true");
        } else {
          input.removeAttribute("aria-invalid");
        }
      });
      var field = container.parentElement;
      if (field && field.classList.contains("field")) {
        field.classList.toggle("has-error", invalid);
      }
    });
    summary(answer);
    var elsewhere = document.getElementById("elsewhere");
    var elsewhereText = document.getElementById("elsewhere-text");
    if (elsewhere && elsewhereText) {
      elsewhereText.textContent = answer.elsewhereText || "";
      elsewhere.hidden = !answer.elsewhereText;
    }
  }

  /** The summary at the top, as step.mustache renders it. */
  function summary(answer) {
    var place = document.getElementById("step-summary");
    if (!place) {
      return;
    }
    var items = answer.summary || [];
    if (items.length === 0) {
      replace(place, []);
      return;
    }
    var box = element("div", "error-summary" + (answer.errors > 0 ? "" : " warnings-only"));
    box.appendChild(element("h2", null, answer.summaryTitle));
    var list = element("ul");
    items.forEach(function (item) {
      var entry = element("li");
      var link = element("a", null, item.severity + " [" + item.code + "] : " + item.message);
      link.href = "#" + item.target;
      entry.appendChild(link);
      list.appendChild(entry);
    });
    box.appendChild(list);
    replace(place, [box]);
  }

  form.addEventListener("input", function (event) {
    if (event.target.name && event.target.name !== "csrf") {
      schedule(false);
    }
  });

  form.addEventListener("change", function (event) {
    if (event.target.name && event.target.name !== "csrf") {
      // a choice is made at once; a text field loses focus: its typing is over, save it now
      schedule(true);
    }
  });

  // A link of the summary goes to its field and gives it the focus, as a label would.
  form.addEventListener("click", function (event) {
    var link = event.target.closest("#step-summary a[href^='#']");
    if (!link) {
      return;
    }
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (!target) {
      return;
    }
    event.preventDefault();
    var input = target.matches("input, select, textarea") ? target
      : target.querySelector("input:not([type=hidden]), select, textarea");
    target.scrollIntoView({ block: "center" });
    (input || target).focus({ preventScroll: true });
    history.replaceState(null, "", "#" + target.id);
  });

  // A page submitted while a live save is on its way waits for it: the server then saves the latest.
  // Enter in a field presses the hidden default button, « save and stay »: the script saves without
  // reloading the page, so the user stays where they were typing.
  form.addEventListener("submit", function (event) {
    if (event.submitter && event.submitter.classList.contains("default-action")) {
      event.preventDefault();
      check();
      return;
    }
    clearTimeout(timer);
    again = false;
    if (inflight) {
      event.preventDefault();
      var submitter = event.submitter;
      inflight.then(function () {
        inflight = null;
        if (submitter && form.requestSubmit) {
          form.requestSubmit(submitter);
        } else {
          form.submit();
        }
      });
    }
  });

  // ---- rows without a reload -------------------------------------------------------------------

  form.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-row-action]");
    if (!button || !form.contains(button)) {
      return;
    }
    event.preventDefault();
    if (rowBusy) {
      return;
    }
    var list = button.closest("section.rows");
    var removing = button.value.indexOf("remove:") === 0;
    var listTitle = list ? (list.querySelector("h2") || list).textContent.trim() : "";
    clearTimeout(timer);
    again = false;
    rowBusy = true;
    form.setAttribute("aria-busy", "true");
    var start = inflight || Promise.resolve();
    var number;
    track(start.then(function () {
      number = ++sent;
      // form.action would be the buttons named "action": the attribute is the URL
      return post(form.getAttribute("action"), button.value);
    })
      .then(function (response) {
        if (!response.ok) {
          throw { status: response.status };
        }
        return response.text();
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.getElementById(form.getAttribute("id"));
        if (!fresh) {
          throw { status: 500 };
        }
        if (number !== sent) {
          return;
        }
        form.replaceChildren.apply(form, Array.prototype.map.call(fresh.childNodes, function (node) {
          return document.importNode(node, true);
        }));
        status = document.getElementById("autosave");
        counts = counted();
        land(list ? list.id : "", removing, listTitle);
      })
      .catch(function (error) {
        say(failure(error));
      })
      .then(function () {
        rowBusy = false;
        form.removeAttribute("aria-busy");
      }));
  });

  /**
   * Gives the focus where the server's redirect would have taken the user (RowActions): the new row
   * (its first field), or the list after a removal.
   */
  function land(listId, removing, listTitle) {
    var list = listId ? document.getElementById(listId) : null;
    if (!list) {
      return;
    }
    if (removing) {
      history.replaceState(null, "", "#" + list.id);
      list.focus();
      say(text("removed", listTitle));
      return;
    }
    var rows = list.querySelectorAll("fieldset.row");
    var row = rows[rows.length - 1];
    if (!row) {
      list.focus();
      return;
    }
    history.replaceState(null, "", "#" + row.id);
    var first = row.querySelector("input:not([type=hidden]), select, textarea");
    row.scrollIntoView({ block: "start" });
    (first || row).focus({ preventScroll: true });
    var legend = row.querySelector("legend");
    say(text("added", legend ? legend.textContent.trim() : ""));
  }

  say(text("auto"));
})();

// --- Issue 12, the training room: the participants' pages (h-participant) ---
// On the participant's room page and situation page: every 5 seconds, ask the room what is shown, and
// reload when the trainer shows another situation, reveals its answer or closes the room. Never while
// the participant is writing in a form: then a line asks them to refresh once they have saved.
(function () {
  var room = document.querySelector("[data-room-poll]");
  if (!room || !window.fetch) {
    return;
  }
  var drawn = {
    showing: room.getAttribute("data-room-showing") || "",
    revealed: room.getAttribute("data-room-revealed") === "true",
    closed: room.getAttribute("data-room-closed") === "true"
  };
  var typing = false;
  room.addEventListener("input", function () {
    typing = true;
  });
  function writing() {
    var active = document.activeElement;
    return typing || (active && room.contains(active) && /^(TEXTAREA|INPUT|SELECT)$/.test(active.tagName)
        && active.type !== "submit");
  }
  function poll() {
    fetch(room.getAttribute("data-room-poll"), { credentials: "same-origin", cache: "no-store" })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (state) {
        if (!state) {
          return;
        }
        var changed = (state.showing || "") !== drawn.showing || Boolean(state.revealed) !== drawn.revealed
          || Boolean(state.closed) !== drawn.closed;
        if (!changed) {
          return;
        }
        if (writing()) {
          var notice = document.getElementById("room-changed");
          if (notice) {
            notice.hidden = false;
          }
          return;
        }
        window.location.reload();
      })
      .catch(function () {
        // the trainer's computer may be out of reach a moment: the next poll tries again
      });
  }
  window.setInterval(poll, 5000);
})();

// --- Issue 12, the trainer's side of the room (h-trainer): the dashboard and the situation's answers
// keep themselves up to date. The pages work without it (« Actualiser » links); no meta refresh, which
// would reload under the trainer's cursor and screen reader.
(function () {
  "use strict";
  if (!window.fetch || !window.DOMParser) {
    return;
  }

  // replaces the region with the same region of a fresh copy of the page, unless the trainer is in it
  function swap(region, url) {
    if (region.contains(document.activeElement)) {
      return;
    }
    fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html" } }).then(function (response) {
      if (!response.ok) {
        return null;
      }
      return response.text();
    }).then(function (html) {
      if (!html || region.contains(document.activeElement)) {
        return;
      }
      var fresh = new DOMParser().parseFromString(html, "text/html").getElementById(region.id);
      if (fresh) {
        region.innerHTML = fresh.innerHTML;
      }
    }).catch(function () { /* the next turn tries again */ });
  }

  var dashboard = document.getElementById("tableau-de-bord");
  if (dashboard && dashboard.getAttribute("data-refresh")) {
    window.setInterval(function () { swap(dashboard, dashboard.getAttribute("data-refresh")); }, 10000);
  }

  var live = document.getElementById("situation-live");
  if (live && live.getAttribute("data-results")) {
    var last = null;
    window.setInterval(function () {
      fetch(live.getAttribute("data-results"), { credentials: "same-origin" }).then(function (response) {
        return response.ok ? response.text() : null;
      }).then(function (state) {
        if (state !== null && last !== null && state !== last) {
          swap(live, window.location.pathname);
        }
        if (state !== null) {
          last = state;
        }
      }).catch(function () { /* the next turn tries again */ });
    }, 3000);
  }
})();
