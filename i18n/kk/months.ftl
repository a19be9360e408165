### Month names (English short forms; Russian and Kazakh standalone nominative, as CLDR).

month-1 = қаңтар

month-2 = ақпан

month-3 = наурыз

month-4 = сәуір

month-5 = мамыр

month-6 = маусым

month-7 = шілде

month-8 = тамыз

month-9 = қыркүйек

month-10 = қазан

month-11 = қараша

month-12 = желтоқсан
