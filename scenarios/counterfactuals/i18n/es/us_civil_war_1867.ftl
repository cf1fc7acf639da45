# El título y la pregunta de la variante us_civil_war_1867, en español.
variant-title = La guerra civil de Estados Unidos dura hasta 1867
variant-question = El Gran Designio de Napoleón III se lanzó mientras Estados Unidos se desgarraba, y se deshizo en cuanto la Unión ganó: ¿cayó el Imperio porque Washington quedó libre para presionar a Francia y armar a Juárez desde 1865? Si la Confederación hubiera resistido hasta principios de 1867, ¿habría durado más el Imperio, y se habría quedado Francia?
