# O título e a pergunta da variante no_austro_prussian_war, em português.
variant-title = Não há guerra austro-prussiana em 1866
variant-question = Königgrätz (3 de julho de 1866) fez da Prússia a potência da Europa central e obrigou Napoleão III a olhar para o Reno; a Áustria, vencida, já não podia ceder voluntários a Maximiliano. Sem essa crise europeia, teria a França mantido o seu exército no México por mais tempo, e teria o Império durado mais?
