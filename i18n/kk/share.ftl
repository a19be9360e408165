### Sharing, embedding and downloading a chart.

open-explorer = Шолушыда ашу

link = Сілтеме

copy-link = Сілтемені көшіру

embed-code = Ендіру коды

copy-embed = Кодты көшіру

embed-hint = Кодты кез келген бетке немесе CMS-ке қойыңыз: диаграмма баған еніне бейімделеді. Қаласаңыз, жақтау диаграмма биіктігіне дәл сәйкес келуі үшін README-дегі тыңдаушы скриптті қосыңыз.

copied = алмасу буферіне көшірілді.

copy-manually = дайын: белгілеп, көшіріңіз (Ctrl+C).

preview = Алдын ала қарау ені

close = Жабу

download = Жүктеп алу

download-png = PNG сурет

download-svg = SVG сурет

download-csv = CSV деректер

cite-this = Дәйексөз

words-note = Ескертпе
