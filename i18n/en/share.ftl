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

## The embed builder (the share dialog's fields for a newsroom).

words-legend = Your words (optional)

words-title = Headline

words-desc = Description

words-byline = Byline

# Shown as one types text longer than the widget keeps.
words-cut = Longer than { $max } characters: the widget cuts it at a word with “…”.

highlight-legend = Highlight (the others in grey)

notes-label = Notes on the trend, one per line, at most 3 (e.g. “2023: Lowest since 2015”)

notes-bad = A line needs a year, a colon and a text; it is left out.

variant-label = Snippet

variant-iframe = Iframe (any CMS)

variant-resizing = Iframe that fits its height (with a listener script)

variant-amp = AMP page

variant-image = Image (newsletters, RSS)

image-hint = Download the PNG from the preview (Download → PNG image), upload it beside your article and put its address in src.

amp-more = Show the whole chart
