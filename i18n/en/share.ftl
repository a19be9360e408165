### Sharing, embedding and downloading a chart.

open-explorer = Open in the explorer

link = Link

copy-link = Copy link

embed-code = Embed code

copy-embed = Copy embed code

embed-hint = Paste the code into any page or CMS: the chart sizes itself to the column. Optional: add the listener script from the README so the frame fits the chart exactly.

copied = copied to the clipboard.

copy-manually = ready: select it and copy (Ctrl+C).

preview = Preview width

close = Close

download = Download

download-png = PNG image

download-svg = SVG image

download-csv = CSV data

cite-this = Cite this

words-note = Note
