# O título e a pergunta da variante zaragoza_survives, em português.
variant-title = Zaragoza sobrevive a 1862
variant-question = Ignacio Zaragoza, o vencedor de Puebla em 5 de maio de 1862, morreu de febre tifoide em 8 de setembro de 1862, aos 33 anos, e González Ortega levou o Exército do Oriente ao cerco de 1863, onde cerca de 17.000 homens foram feitos prisioneiros. Se a República tivesse conservado o seu comandante de maior confiança, teriam Puebla e a capital resistido mais, ou teria a República evitado perder o seu exército num só lugar?
