import { lintPoa } from '@/lib/poa/lint';
import { planLanguages } from '@/lib/poa/plan-language';
import { frSamples } from './samples/fr';

describe('the language a section is written in', () => {
  it.each([
    ['en', 'We have trained the team and we check every parcel with the scale before it leaves.'],
    ['de', 'Wir haben das Team geschult und prüfen jedes Paket mit der Waage, bevor es das Lager verlässt.'],
    ['fr', 'Nous avons formé l’équipe et nous pesons chaque colis avec la balance avant le départ.'],
    ['it', 'Abbiamo formato il nostro personale e pesiamo ogni pacco con la bilancia prima della spedizione.'],
    ['es', 'Hemos formado a nuestro equipo y pesamos cada paquete con la báscula antes del envío.'],
    ['pt', 'Nós treinamos a nossa equipe e pesamos cada pacote com a balança antes do envio, o que não fazíamos.'],
    ['nl', 'Wij hebben onze medewerkers getraind en wegen elk pakket met de weegschaal voor het vertrek.'],
    [
      'pl',
      'Przeszkoliliśmy nasz zespół i ważymy każdą paczkę na wadze, zanim zostanie wysłana do klienta, oraz to sprawdzamy.',
    ],
    [
      'sv',
      'Vi har utbildat vår personal och väger varje paket på vågen innan det lämnar lagret, något som inte gjordes förut.',
    ],
    [
      'da',
      'Vi har uddannet vores personale og vejer hver pakke på vægten, før den forlader lageret, hvilket ikke skete før.',
    ],
    [
      'tr',
      'Ekibimizi eğittik ve her paketi göndermeden önce tartıyoruz; bu kontrol artık her gün yapılıyor ve bir kayıt tutuluyor.',
    ],
    ['ja', '当社はスタッフを研修し、出荷前にすべての荷物の重さを量っています。'],
    ['zh', '我们已经培训了员工，每个包裹在发货前都会称重并记录。'],
  ] as const)('%s', (language, text) => {
    expect(planLanguages(text)?.[0]).toBe(language);
  });

  it('is unknown for a text too short to tell: then every language’s tables apply', () => {
    expect(planLanguages('Done.')).toBeNull();
    expect(planLanguages('ASIN B08K3QZ7T2')).toBeNull();
  });

  it('keeps a second language the section really mixes in', () => {
    const mixed =
      'We have trained the team and we check every parcel. Wir haben das Team geschult und prüfen jedes Paket mit der Waage.';
    expect(planLanguages(mixed)).toEqual(expect.arrayContaining(['en', 'de']));
  });

  // Found by French sample plans written apart from the tables: the Swedish "done" pattern read
  // "droits" (rights) as a past participle, so promises alone passed as work already done.
  it('reads a French plan with French tables only', () => {
    const plan = frSamples.good[0]?.sections;
    if (!plan) throw new Error('no French sample');
    const promises =
      'Nous allons revoir tous nos contrats et vérifier les droits de chaque marque avant de publier une annonce.';
    const rules = lintPoa({ ...plan, 'immediate-actions': promises }, { language: 'fr' }).map((f) => f.rule);
    expect(rules).toContain('future-only');
  });
});
