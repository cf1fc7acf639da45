# El título y la pregunta de la variante allies_stay, en español.
variant-title = Gran Bretaña y España se quedan en la alianza
variant-question = La Convención de Londres (31 de octubre de 1861) obligaba a Francia, Gran Bretaña y España a cobrar las deudas de México sin intervenir en su gobierno. El 9 de abril de 1862, en Orizaba, la alianza se rompió y Francia siguió sola hacia Puebla y la capital. Si Gran Bretaña y España se hubieran quedado, sujetando a Francia a la Convención, ¿habría roto Francia con ellas para marchar sola, y a qué precio en tiempo y en voluntad política?
