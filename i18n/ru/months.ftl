### Month names (English short forms; Russian and Kazakh standalone nominative, as CLDR).

month-1 = январь

month-2 = февраль

month-3 = март

month-4 = апрель

month-5 = май

month-6 = июнь

month-7 = июль

month-8 = август

month-9 = сентябрь

month-10 = октябрь

month-11 = ноябрь

month-12 = декабрь
