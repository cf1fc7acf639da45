# El título y la pregunta de la variante zaragoza_survives, en español.
variant-title = Zaragoza sobrevive a 1862
variant-question = Ignacio Zaragoza, el vencedor de Puebla el 5 de mayo de 1862, murió de tifoidea el 8 de septiembre de 1862, a los 33 años, y González Ortega llevó al Ejército de Oriente al sitio de 1863, donde unos 17.000 hombres cayeron prisioneros. Si la República hubiera conservado a su comandante de más confianza, ¿habrían resistido más Puebla y la capital, o habría evitado la República perder su ejército en un solo lugar?
