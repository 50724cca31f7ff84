-- The map labels each region by its administrative centre; readers of Russian and Kazakh read the centre's name in
-- their language (Уральск and Орал for Oral, Усть-Каменогорск and Өскемен for Oskemen).
alter table region add column centre_ru varchar(120);
alter table region add column centre_kk varchar(120);

update region r set centre_ru = v.ru, centre_kk = v.kk
  from (values
    ('KZ-10', 'Семей', 'Семей'),
    ('KZ-11', 'Кокшетау', 'Көкшетау'),
    ('KZ-15', 'Актобе', 'Ақтөбе'),
    ('KZ-19', 'Конаев', 'Қонаев'),
    ('KZ-23', 'Атырау', 'Атырау'),
    ('KZ-27', 'Уральск', 'Орал'),
    ('KZ-31', 'Тараз', 'Тараз'),
    ('KZ-33', 'Талдыкорган', 'Талдықорған'),
    ('KZ-35', 'Караганда', 'Қарағанды'),
    ('KZ-39', 'Костанай', 'Қостанай'),
    ('KZ-43', 'Кызылорда', 'Қызылорда'),
    ('KZ-47', 'Актау', 'Ақтау'),
    ('KZ-55', 'Павлодар', 'Павлодар'),
    ('KZ-59', 'Петропавловск', 'Петропавл'),
    ('KZ-61', 'Туркестан', 'Түркістан'),
    ('KZ-62', 'Жезказган', 'Жезқазған'),
    ('KZ-63', 'Усть-Каменогорск', 'Өскемен'),
    ('KZ-71', 'Астана', 'Астана'),
    ('KZ-75', 'Алматы', 'Алматы'),
    ('KZ-79', 'Шымкент', 'Шымкент')) as v(code, ru, kk)
 where r.code = v.code;
