# El título y la pregunta de la variante no_austro_prussian_war, en español.
variant-title = No hay guerra austro-prusiana en 1866
variant-question = Königgrätz (3 de julio de 1866) hizo de Prusia la potencia de Europa central y obligó a Napoleón III a mirar hacia el Rin; Austria, vencida, ya no podía prestar voluntarios a Maximiliano. Sin esa crisis europea, ¿habría mantenido Francia su ejército en México más tiempo, y habría durado más el Imperio?
