import { type GoodSample, type LanguageSamples, padded, variant } from './types';

/*
 * Planes de acción escritos como los escribiría un vendedor de amazon.es o de amazon.com.mx:
 * los de España con coma decimal y «€», los de México con punto decimal, «guía», «bodega», «CFDI».
 */

const lateShipments: GoodSample = {
  name: 'envíos con retraso por el cierre de agosto (FBM, España)',
  sections: {
    acknowledgement:
      'Entre el 1 y el 15 de agosto de 2024 nuestra tasa de envíos con retraso subió al 11,2 %, cuando Amazon ' +
      'exige que esté por debajo del 4 %. Reconocemos que 87 clientes recibieron su pedido más tarde de lo ' +
      'prometido y asumimos la responsabilidad.',
    'root-cause':
      'Cerramos el almacén de Alcalá de Henares por vacaciones del 1 al 15 de agosto y nadie activó el modo ' +
      'vacaciones en Seller Central, así que la cuenta siguió aceptando pedidos gestionados por nosotros con un ' +
      'tiempo de manipulación de 1 día.',
    'immediate-actions':
      'El 16 de agosto preparamos y enviamos por MRW los 87 pedidos atrasados con entrega al día siguiente, ' +
      'escribimos a cada cliente con su número de seguimiento y devolvimos los gastos de envío a los 23 que lo ' +
      'pidieron.',
    'preventive-measures':
      'Hemos creado un calendario de cierres en el que la responsable de operaciones anota cada festivo y cada ' +
      'periodo de vacaciones, y desde el 20 de agosto ella activa el modo vacaciones 48 horas antes de cualquier ' +
      'cierre. Para los puentes y las fiestas locales hemos subido el tiempo de manipulación a 3 días.',
    evidence:
      'Adjuntamos el calendario de cierres de 2024 y 2025, una captura de la configuración del tiempo de ' +
      'manipulación y el informe de rendimiento de envíos del 16 de agosto al 15 de septiembre, con una tasa de ' +
      'retraso del 0,8 %.',
  },
};

const inauthentic: GoodSample = {
  name: 'quejas por producto no auténtico (México)',
  sections: {
    acknowledgement:
      'El 3 de febrero Amazon recibió dos quejas de clientes que indican que los audífonos del ASIN B0C7LX2M4P no ' +
      'eran originales. Entendemos que quien compra en Amazon debe recibir siempre un producto auténtico.',
    'root-cause':
      'En diciembre le compramos 150 piezas a un mayorista de Guadalajara sin pedirle la carta de distribuidor ' +
      'autorizado de la marca, y al recibir la mercancía no comparamos el empaque ni los números de serie con una ' +
      'pieza comprada directamente al fabricante.',
    'immediate-actions':
      'El 5 de febrero dimos de baja la oferta, generamos una orden de retiro de las 96 piezas que quedaban en el ' +
      'centro de distribución y les reembolsamos el total a los dos clientes. Ese mismo día dejamos de comprarle a ' +
      'ese mayorista.',
    'preventive-measures':
      'Desde el 8 de febrero solo compramos a distribuidores que aparecen en el directorio oficial de la marca. ' +
      'Nuestro gerente de compras revisa la carta de autorización y la factura antes de aprobar cada pedido, y en ' +
      'cada recepción comparamos una pieza al azar con nuestra muestra de referencia.',
    evidence:
      'Adjuntamos las facturas CFDI del distribuidor autorizado con fecha del 9 de febrero, la carta de ' +
      'distribución firmada por la marca y nuestra lista de verificación para dar de alta proveedores.',
  },
};

const defects: GoodSample = {
  name: 'tasa de defectos por tazas rotas (España)',
  sections: {
    acknowledgement:
      'En abril nuestra tasa de defectos en pedidos llegó al 1,8 %, sobre todo por valoraciones negativas de ' +
      'clientes que recibieron las tazas de cerámica rotas. El embalaje dependía de nosotros y no estuvo a la ' +
      'altura.',
    'root-cause':
      'En el puesto de empaquetado no había ninguna norma para los artículos frágiles: en 42 pedidos las tazas ' +
      'salieron envueltas solo en papel kraft, dentro de cajas de cartón simple, y se rompieron por el camino.',
    'immediate-actions':
      'Entre el 2 y el 6 de mayo contactamos con los 42 clientes, les mandamos una taza nueva o les devolvimos el ' +
      'importe, según prefirió cada uno, y retiramos el papel kraft del puesto de empaquetado.',
    'preventive-measures':
      'Hemos redactado una instrucción de embalaje con fotos para cada SKU frágil: caja de doble canal, 5 cm de ' +
      'plástico de burbujas alrededor y separadores de cartón. Desde el 7 de mayo el encargado de turno revisa cada ' +
      'paquete frágil antes de cerrarlo, y toda referencia nueva pasa una prueba de caída desde 1 metro.',
    evidence:
      'Adjuntamos la instrucción de embalaje, el registro de revisiones del 7 al 21 de mayo y el informe de ' +
      'comentarios del vendedor, sin ninguna queja por roturas desde el 8 de mayo.',
  },
};

const trademark: GoodSample = {
  name: 'aviso por infracción de marca (México)',
  sections: {
    acknowledgement:
      'Recibimos un aviso por infracción de marca porque en el título de cuatro de nuestras publicaciones de ' +
      'contenedores de cocina aparecía una marca registrada que no nos pertenece. Reconocemos que no teníamos ' +
      'autorización para usarla y respetamos los derechos del titular.',
    'root-cause':
      'La persona que redacta nuestras publicaciones agregaba marcas conocidas al título y a las palabras clave ' +
      'para aparecer en más búsquedas, porque en nuestro proceso de alta de productos nadie revisaba si un término ' +
      'estaba registrado ante el IMPI.',
    'immediate-actions':
      'El 8 de junio eliminamos la marca de los cuatro títulos y de todas las palabras clave ocultas, revisamos las ' +
      '63 publicaciones activas de la cuenta y le confirmamos los cambios al titular por correo electrónico.',
    'preventive-measures':
      'Desde el 10 de junio nuestra responsable de cumplimiento revisa cada publicación nueva o modificada en la ' +
      'base de datos MARCia del IMPI antes de subirla. El redactor terminó el 12 de junio un curso de dos horas ' +
      'sobre propiedad industrial, y la búsqueda de marcas ya es un paso obligatorio de nuestra lista de publicación.',
    evidence:
      'Adjuntamos capturas de pantalla de las cuatro publicaciones corregidas, la plantilla de revisión de palabras ' +
      'clave y la constancia del curso con fecha del 12 de junio.',
  },
};

const safety: GoodSample = {
  name: 'seguridad de un juguete (España)',
  sections: {
    acknowledgement:
      'Una clienta nos avisó de que una rueda del cochecito de juguete con ASIN B0BRT6K2ZD se soltaba con ' +
      'facilidad y dejaba una pieza pequeña al alcance de su hijo de 2 años. La seguridad de lo que vendemos es ' +
      'responsabilidad nuestra, y nuestros controles no detectaron el fallo.',
    'root-cause':
      'El lote que recibimos el 3 de julio venía de una nueva línea de montaje del fabricante, y lo dimos por bueno ' +
      'con el certificado CE y el informe EN 71-1 del modelo anterior, sin hacer nosotros la prueba de tracción a ' +
      'ninguna muestra.',
    'immediate-actions':
      'El 15 de julio retiramos el ASIN de la venta, bloqueamos las 320 unidades en stock y mandamos 10 a un ' +
      'laboratorio acreditado por ENAC, que confirmó que 4 ruedas se soltaban con menos de 90 N. Ese mismo día ' +
      'escribimos a los 58 compradores del lote para ofrecerles el reembolso.',
    'preventive-measures':
      'Desde el 20 de julio ningún lote nuevo se pone a la venta hasta que el laboratorio ha ensayado 5 unidades ' +
      'según la norma EN 71-1, y nuestro responsable de calidad firma el informe antes de que la mercancía salga ' +
      'hacia FBA. El fabricante ha añadido un control de remaches al final de su línea de montaje.',
    evidence:
      'Adjuntamos el informe del laboratorio del 18 de julio, el nuevo procedimiento de liberación de lotes y el ' +
      'informe de acciones correctivas del fabricante, fechado el 19 de julio.',
  },
};

const usedAsNew: GoodSample = {
  name: 'producto usado vendido como nuevo (México)',
  sections: {
    acknowledgement:
      'Entre el 1 y el 20 de agosto cuatro clientes nos reportaron que las licuadoras que compraron como nuevas ' +
      'tenían rayones y restos de uso. Reconocemos que vendimos como nuevo un producto que no lo era y que eso ' +
      'engañó a nuestros clientes.',
    'root-cause':
      'Cuando Amazon nos regresaba unidades devueltas por clientes, nuestro auxiliar de bodega las reempacaba en ' +
      'caja nueva si el aparato encendía, y las volvíamos a mandar a FBA como nuevas. Así se vendieron otra vez ' +
      'como nuevas 11 licuadoras que ya habían sido usadas.',
    'immediate-actions':
      'El 21 de agosto creamos una orden de retiro de las 58 licuadoras que venían de devoluciones, las revisamos ' +
      'una por una en nuestra bodega de Monterrey y publicamos 12 como «Usado - Como nuevo». A los cuatro clientes ' +
      'les ofrecimos el cambio por una pieza sellada o el reembolso completo.',
    'preventive-measures':
      'Desde el 22 de agosto ninguna unidad devuelta se reempaca: va a un anaquel aparte y el jefe de bodega revisa ' +
      'el sello de fábrica, los accesorios y el número de serie antes de decidir su condición. Toda unidad sin el ' +
      'sello original se publica como usada, y así quedó escrito en nuestro procedimiento de devoluciones.',
    evidence:
      'Adjuntamos el procedimiento de devoluciones actualizado, fotos del anaquel de devoluciones y la bitácora de ' +
      'revisión del 22 de agosto al 5 de septiembre.',
  },
};

const expired: GoodSample = {
  name: 'complementos alimenticios caducados (España)',
  sections: {
    acknowledgement:
      'Varios clientes recibieron gominolas de vitamina D con la fecha de consumo preferente ya pasada (ASIN ' +
      'B07Q1MZ9RC). Somos conscientes de lo grave que es esto en un producto que se ingiere.',
    'root-cause':
      'En septiembre enviamos a FBA 400 botes a los que solo les quedaban 45 días de vida útil, porque nuestra hoja ' +
      'de inventario no recogía la fecha de cada lote y preparábamos los envíos por orden de llegada, sin mirar el ' +
      'etiquetado.',
    'immediate-actions':
      'El 2 de octubre creamos una orden de retirada de todas las unidades restantes, reembolsamos el importe a los ' +
      '6 clientes afectados y comprobamos las fechas de los otros 14 ASIN de alimentación que tenemos en FBA.',
    'preventive-measures':
      'Desde el 4 de octubre la hoja de inventario registra la fecha de consumo preferente de cada lote, y solo ' +
      'mandamos a FBA producto al que le queden al menos 150 días, por encima de los 90 que pide Amazon. Todos los ' +
      'lunes el jefe de almacén saca el informe de fechas y aparta lo que no llega a ese margen.',
    evidence:
      'Adjuntamos la confirmación de la orden de retirada, la hoja de inventario actualizada con las fechas por ' +
      'lote y los informes de los lunes 9 y 16 de octubre.',
  },
};

const tracking: GoodSample = {
  name: 'tasa de seguimiento válido (México)',
  sections: {
    acknowledgement:
      'En noviembre nuestra tasa de seguimiento válido bajó a 87%, por debajo del 95% que pide Amazon. Fue ' +
      'nuestra responsabilidad haber enviado pedidos sin cargar una guía de rastreo válida.',
    'root-cause':
      'Los pedidos de menos de 500 g los mandábamos por Correos de México como correo ordinario, que no tiene ' +
      'número de rastreo, y nuestro sistema de tienda los marcaba como enviados sin ninguna guía.',
    'immediate-actions':
      'A partir del 3 de diciembre todos los paquetes pequeños salen por Estafeta con guía rastreable, y ese mismo ' +
      'día cargamos las guías de los 52 pedidos que seguían en camino.',
    'preventive-measures':
      'Cambiamos la plantilla de envío para que el sistema no deje confirmar un pedido sin guía de rastreo. Desde ' +
      'el 5 de diciembre nuestra coordinadora de pedidos revisa todos los días a las 14:00 el reporte de pedidos ' +
      'sin enviar y corrige cualquier guía que falte.',
    evidence:
      'Adjuntamos la nueva configuración de la plantilla, el contrato con Estafeta y el reporte de rastreo del 5 al ' +
      '19 de diciembre, con una tasa de seguimiento válido de 99.2%.',
  },
};

const cancellations: GoodSample = {
  name: 'cancelaciones por stock desincronizado (España)',
  sections: {
    acknowledgement:
      'Nuestra tasa de cancelación previa al envío llegó al 4,7 % en los 7 días hasta el 18 de enero, cuando el ' +
      'máximo permitido es el 2,5 %. Cancelamos 31 pedidos que los clientes ya habían pagado, y el fallo fue nuestro.',
    'root-cause':
      'Vendemos el mismo stock en Amazon y en nuestra tienda PrestaShop, y el módulo que sincroniza las existencias ' +
      'solo se ejecutaba cada 6 horas. Durante las rebajas de enero, lo que se vendía en la web seguía apareciendo ' +
      'disponible en Amazon hasta la siguiente sincronización.',
    'immediate-actions':
      'El 19 de enero pusimos a cero en Amazon las 25 referencias con menos de 5 unidades y escribimos a los 31 ' +
      'clientes afectados para explicarles lo ocurrido y pedirles disculpas.',
    'preventive-measures':
      'Desde el 22 de enero la sincronización se hace cada 5 minutos a través de la API de Amazon, y en cada ' +
      'referencia reservamos 2 unidades que no se muestran a la venta. La responsable de comercio electrónico ' +
      'revisa cada mañana el informe de cancelaciones.',
    evidence:
      'Adjuntamos una captura de la nueva configuración del módulo de sincronización, el registro de ejecuciones ' +
      'del 22 al 29 de enero y el informe de rendimiento de la cuenta, sin cancelaciones desde el 20 de enero.',
  },
};

export const esSamples: LanguageSamples = {
  good: [lateShipments, inauthentic, defects, trademark, safety, usedAsNew, expired, tracking, cancellations],
  bad: [
    variant(inauthentic, 'sección de pruebas vacía', 'missing-section', { evidence: '' }),
    variant(lateShipments, 'mucho más de una página', 'too-long', {
      'root-cause': padded(
        lateShipments.sections['root-cause'],
        (n) =>
          `El pedido 171-4829305-${String(n).padStart(5, '0')} entró con el almacén cerrado y salió el 16 de agosto.`,
        60,
      ),
    }),
    variant(defects, 'promesas vagas', 'vague-promise', {
      'preventive-measures':
        'Vamos a mejorar nuestro control de calidad y a tener más cuidado con los artículos frágiles. ' +
        'Ya le hemos pedido al equipo de empaquetado que preste más atención y trabaje con más cuidado.',
    }),
    variant(lateShipments, 'culpa al transportista y a los clientes', 'blaming', {
      'root-cause':
        'Los retrasos fueron culpa de la empresa de transporte, que no pasó a recoger los paquetes, y varios ' +
        'clientes mintieron diciendo que no les había llegado nada para que les devolviéramos el dinero.',
    }),
    variant(inauthentic, 'reconocimiento indignado', 'emotional', {
      acknowledgement:
        'Estamos muy indignados con esta decisión tan injusta, que no tiene ningún sentido después de 6 años ' +
        'vendiendo solo productos originales.',
    }),
    variant(trademark, 'acciones solo anunciadas', 'future-only', {
      'immediate-actions':
        'Vamos a quitar la marca de los cuatro títulos y revisaremos todas las palabras clave ocultas. ' +
        'En adelante nos pondremos en contacto con el titular antes de hacer cualquier cambio.',
    }),
    variant(safety, 'causa raíz pegada en las acciones', 'duplicate-text', {
      'immediate-actions': `${safety.sections['root-cause']} ${safety.sections['immediate-actions']}`,
    }),
    variant(usedAsNew, 'causa raíz sin un problema concreto', 'generic-root-cause', {
      'root-cause':
        'Cometimos un error en nuestros procesos y no seguimos las normas con el cuidado necesario. ' +
        'Ahora entendemos qué salió mal y por qué.',
    }),
    variant(expired, 'el reconocimiento pegado 5 veces', 'repeated-sentence', {
      acknowledgement: Array.from({ length: 5 }, () => expired.sections.acknowledgement).join(' '),
    }),
    variant(tracking, 'pruebas sin documentos', 'evidence-unnamed', {
      evidence:
        'Estamos seguros de que la nueva forma de trabajar ya está en marcha y de que funciona bien para nuestros ' +
        'clientes.',
    }),
  ],
};
