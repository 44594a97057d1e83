import type { PoaLanguagePack } from '../types';

export const poaText: PoaLanguagePack = {
  language: 'es',
  title: 'Plan de acción',
  sections: {
    acknowledgement: {
      heading: 'Reconocimiento del problema',
      hint: 'En una o dos frases: qué problema ha señalado Amazon y que asumes la responsabilidad.',
    },
    'root-cause': {
      heading: 'Causa raíz',
      hint: 'Qué falló en tus propios procesos para que esto ocurriera. Indica los ASIN, los pedidos o la métrica afectados.',
    },
    'immediate-actions': {
      heading: 'Medidas inmediatas adoptadas',
      hint: 'Lo que ya has hecho para resolver este problema, con fechas.',
    },
    'preventive-measures': {
      heading: 'Medidas preventivas a largo plazo',
      hint: 'Cambios duraderos: quién hace qué, con qué frecuencia, con qué herramienta y desde cuándo.',
    },
    evidence: {
      heading: 'Pruebas de que los cambios ya se aplican',
      hint: 'Los documentos que adjuntas y que demuestran que los cambios ya funcionan.',
    },
  },
  rules: {
    'missing-section': {
      message: 'La sección «{section}» está vacía.',
      fix: 'Escribe aquí dos o tres frases basadas en hechos; Amazon revisa cada parte.',
    },
    'short-section': {
      message: 'Esta sección solo tiene {words} palabras.',
      fix: 'Indica quién hizo qué, cuándo y qué cambió.',
    },
    'too-long': {
      message: 'El plan tiene {words} palabras; en una página caben unas {limit}. Sobran {over} palabras.',
      fix: 'Recorta los antecedentes y las repeticiones; conserva hechos, cifras y fechas.',
    },
    'vague-promise': {
      message: '«{phrase}» promete algo sin decir cómo.',
      fix:
        'Añade en la misma frase una cifra, una fecha, un responsable, una herramienta o una frecuencia, p. ej. ' +
        '«cada paquete se pesa antes del envío».',
    },
    blaming: {
      message: '«{phrase}» atribuye la culpa a otros.',
      fix: 'Describe qué falló en tus propios procesos; Amazon espera que asumas la responsabilidad de la causa.',
    },
    emotional: {
      message: '«{phrase}» suena emocional.',
      fix: 'Mantén un tono neutro y objetivo; los revisores valoran las pruebas, no los sentimientos.',
    },
    'future-only': {
      message: 'Esta sección solo describe planes de futuro.',
      fix: 'Indica qué has hecho ya y desde cuándo, p. ej. «Desde el 3 de marzo comprobamos…», y adjunta pruebas.',
    },
    'duplicate-text': {
      message: 'El mismo texto aparece también en «{section}».',
      fix: 'Cada sección responde a su propia pregunta; escribe un texto que encaje en esta parte.',
    },
    'repeated-sentence': {
      message: 'Esta frase aparece {count} veces en esta sección.',
      fix: 'Dilo una sola vez; un revisor que se encuentra de nuevo la misma frase deja de leer con atención.',
    },
    'generic-root-cause': {
      message: 'La causa raíz no menciona ningún problema, ASIN, pedido o métrica concretos.',
      fix: 'Indica exactamente lo que señaló Amazon: los ASIN, los ID de pedido o la métrica y su valor.',
    },
    'evidence-unnamed': {
      message: 'Esta sección no indica qué documentos adjuntas.',
      fix: 'Nombra cada prueba: las facturas, la nueva lista de control, una captura de la configuración, el informe con sus fechas.',
    },
  },
  lengthWithin: '{words} de {limit} palabras; quedan {remaining}',
  lengthOver: '{words} de {limit} palabras; sobran {over}',
};
