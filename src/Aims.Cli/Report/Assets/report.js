(function () {
  'use strict';
  var collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

  function sortKey(row, index) {
    var cell = row.cells[index];
    if (!cell) { return ''; }
    var key = cell.getAttribute('data-sort');
    return key !== null ? key : cell.textContent.trim();
  }

  function makeSortable(table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (header, index) {
      var button = header.querySelector('button');
      if (!button) { return; }
      button.addEventListener('click', function () {
        var ascending = header.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute('aria-sort'); });
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var order = collator.compare(sortKey(a, index), sortKey(b, index));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function makeFilterable(input) {
    var table = document.getElementById(input.getAttribute('data-filter'));
    var count = document.getElementById(input.getAttribute('data-filter') + '-count');
    input.addEventListener('input', function () {
      var query = input.value.trim().toLowerCase();
      var rows = table.tBodies[0].rows;
      var shown = 0;
      for (var i = 0; i < rows.length; i++) {
        var match = query === '' || rows[i].textContent.toLowerCase().indexOf(query) >= 0;
        rows[i].hidden = !match;
        if (match) { shown++; }
      }
      count.textContent = query === '' ? '' : shown + ' of ' + rows.length + ' rows';
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), makeSortable);
  Array.prototype.forEach.call(document.querySelectorAll('input[data-filter]'), makeFilterable);
}());
