import type { ChecklistLanguagePack } from '../types';

export const checklistText: ChecklistLanguagePack = {
  language: 'es',
  checklists: {
    hold: {
      title: 'Cuenta en espera',
      intro:
        'Que la cuenta esté en espera es un aviso al que todavía puedes responder. Sigue estos pasos en orden y guarda lo que encuentres.',
      items: {
        'read-notice': {
          title: 'Lee el aviso de Amazon',
          why: 'Amazon comunica el motivo en un mensaje; su redacción exacta te indica qué debes corregir.',
          detail:
            'Revisa la bandeja de entrada del correo electrónico registrado en Seller Central y Notificaciones de rendimiento.',
        },
        'check-health': {
          title: 'Abre Estado de la cuenta',
          why: 'Estado de la cuenta suele mostrar con más detalle la política, la métrica o la oferta que han dejado la cuenta en espera.',
        },
        'name-cause': {
          title: 'Anota la causa exacta',
          why: 'Tus documentos y tu Plan de acción deben responder a este problema concreto, no a una suposición.',
          detail:
            'Por ejemplo: faltan datos del vendedor, hay un problema con el método de pago, la tasa de envíos con retraso es alta o ha llegado una queja.',
          evidencePrompt:
            'Anota la política, los ASIN, los ID de pedido o la métrica que menciona el aviso, junto con la fecha del aviso.',
        },
        'gather-documents': {
          title: 'Reúne los documentos que requiere esta causa',
          why: 'Amazon decide en función de pruebas; unos documentos claros y pertinentes acortan la revisión.',
          detail:
            'Pruebas de entrega de los pedidos que constan como no entregados; certificados de producto o aprobaciones de seguridad; ' +
            'facturas del proveedor que acrediten la autenticidad; extractos financieros o bancarios para cuestiones de pago.',
          evidencePrompt: 'Enumera cada archivo y lo que demuestra. Comprueba que todas las páginas se lean bien.',
        },
        'write-poa': {
          title: 'Redacta un Plan de acción',
          why: 'El plan demuestra a Amazon que entiendes la causa y que ya la has corregido.',
          detail:
            'Reconoce el problema, explica la causa raíz, enumera las medidas ya adoptadas y los cambios duraderos. ' +
            'Cíñete a los hechos y sé breve.',
        },
        'contact-support': {
          title: 'Envíalo a través del Registro de casos',
          why: 'Responder por el canal que indica el aviso mantiene todo en un mismo caso.',
          detail: 'Sé cortés, breve y coherente. Abre un caso por problema, no varios para el mismo asunto.',
          evidencePrompt: 'Anota el número de caso y la fecha de envío.',
        },
      },
    },
    review: {
      title: 'Cuenta en revisión',
      intro:
        'Amazon está comprobando algo antes de decidir. Responde exactamente a lo que pide, sin demora, y sigue vendiendo conforme a las normas mientras esperas.',
      items: {
        'read-notice': {
          title: 'Lee qué está revisando Amazon',
          why: 'El aviso indica la política, la oferta o la información en revisión; todo lo que envíes debe responder a eso.',
          detail:
            'Consulta Notificaciones de rendimiento y la bandeja de entrada del correo electrónico registrado en Seller Central.',
        },
        'check-health': {
          title: 'Abre Estado de la cuenta',
          why: 'Muestra si la revisión afecta a una política, a una métrica o a ofertas concretas.',
        },
        'gather-documents': {
          title: 'Prepara los documentos que pide la revisión',
          why: 'Las revisiones se resuelven con pruebas; unos documentos claros, legibles y pertinentes las acortan.',
          evidencePrompt:
            'Enumera cada archivo y lo que muestra; comprueba que los nombres y las direcciones coincidan con los de la cuenta.',
        },
        'respond-case': {
          title: 'Responde por el canal que indica el aviso',
          why: 'Un caso por problema mantiene juntas tu respuesta y las de Amazon.',
          evidencePrompt: 'Anota el número de caso y la fecha de tu respuesta.',
        },
        'keep-fulfilling': {
          title: 'Sigue enviando a tiempo los pedidos abiertos',
          why: 'Los pedidos ya realizados tienen que llegar a los compradores; los retrasos y las cancelaciones pesan en la revisión.',
        },
        'follow-up': {
          title: 'Haz el seguimiento a partir de las 48 horas, con el número de caso',
          why: 'Los recordatorios prematuros no aceleran la revisión; el número de caso vincula tu recordatorio con tu respuesta.',
        },
        'write-poa': {
          title: 'Redacta un Plan de acción si Amazon lo solicita',
          why: 'Si la revisión termina con la petición de un plan, un plan basado en hechos es el camino más rápido para volver a la normalidad.',
        },
      },
    },
    verification: {
      title: 'Verificación requerida',
      intro:
        'Amazon necesita confirmar quién eres o algún dato de tu cuenta. Entretanto, tus ventas o pagos pueden quedar en pausa; los documentos adecuados lo resuelven.',
      items: {
        'read-notice': {
          title: 'Lee qué información quiere confirmar Amazon',
          why: 'El aviso indica exactamente qué dato o documento falta; envía eso, no todo lo que tengas.',
        },
        'check-details': {
          title: 'Compara tu información de vendedor con tus documentos',
          why: 'El nombre, la dirección y los datos bancarios deben coincidir exactamente con tus documentos; si no, la comprobación volverá a fallar.',
        },
        'gather-documents': {
          title: 'Reúne los documentos que indica el aviso',
          why: 'Los documentos completos, legibles y vigentes se aceptan a la primera con más frecuencia.',
          detail:
            'Escanea las páginas enteras y en color; comprueba que todos los documentos sigan vigentes y muestren el mismo nombre.',
          evidencePrompt: 'Enumera cada archivo, su fecha y lo que confirma.',
        },
        'submit-documents': {
          title: 'Envíalos donde indica el aviso',
          why: 'Los documentos enviados por otro canal pueden no llegar nunca al equipo que los revisa.',
          evidencePrompt: 'Anota la fecha de envío y el número de caso, si lo hay.',
        },
        'follow-up': {
          title: 'Haz el seguimiento a partir de las 48 horas, con el número de caso',
          why: 'Las comprobaciones llevan tiempo; un recordatorio sereno con el número de caso se responde antes que un caso nuevo.',
        },
        'keep-fulfilling': {
          title: 'Sigue enviando a tiempo los pedidos abiertos',
          why: 'Los compradores siguen esperando sus pedidos mientras dura la comprobación.',
        },
      },
    },
    deactivated: {
      title: 'Cuenta desactivada',
      intro:
        'Una desactivación se puede apelar. Una apelación serena, concreta y con pruebas te da la mejor oportunidad.',
      items: {
        'read-reason': {
          title: 'Lee el motivo indicado',
          why: 'Amazon siempre indica un motivo, aunque suene genérico; tu apelación depende de él.',
        },
        'check-health': {
          title: 'Abre Estado de la cuenta',
          why: 'Allí aparecen la política o la métrica que han causado la desactivación, y el botón para apelar.',
        },
        'name-cause': {
          title: 'Resume la causa exacta en una frase',
          why: 'Una apelación que apunta al problema equivocado se rechaza, por bien redactada que esté.',
          evidencePrompt:
            'Anota la política, los ASIN, los ID de pedido o la métrica que indica Amazon, y la fecha del aviso.',
        },
        'write-poa': {
          title: 'Redacta un Plan de acción con todas sus partes',
          why: 'Amazon revisa cada parte; si falta una sola, eso puede bastar para un rechazo.',
          detail:
            'Reconocimiento sin excusas, la causa raíz en tus propios procesos, las medidas ya adoptadas, ' +
            'los cambios duraderos y pruebas de que ya se aplican. Como máximo, una página.',
        },
        'prove-changes': {
          title: 'Demuestra que los cambios ya se aplican',
          why: 'Los planes por sí solos no convencen; un cambio que puedes documentar, sí.',
          evidencePrompt:
            'Reúne pruebas con fecha: una nueva lista de control, un contrato con el proveedor, constancia de la formación, capturas de pantalla.',
        },
        'attach-documents': {
          title: 'Prepara los documentos justificativos',
          why: 'Los documentos respaldan cada afirmación de tu plan.',
          detail:
            'Usa los formatos de archivo que acepta el formulario de apelación y asegúrate de que todas las páginas se puedan leer.',
          evidencePrompt: 'Enumera cada archivo y la afirmación del plan que respalda.',
        },
        'submit-appeal': {
          title: 'Presenta la apelación desde Estado de la cuenta',
          why: 'La apelación se tramita en Seller Central, siguiendo las instrucciones que Amazon da allí.',
          detail: 'Mantén un tono profesional de la primera a la última línea.',
          evidencePrompt: 'Guarda una copia de lo que has enviado, con la fecha y la hora del envío.',
        },
        'expect-answer': {
          title: 'Espera una respuesta en unas 48 horas',
          why: 'Las apelaciones suelen resolverse en dos días; los casos complejos pueden tardar más.',
          detail: 'No vuelvas a enviar la misma apelación mientras esperas.',
        },
      },
    },
    'first-days': {
      title: 'Primeros días tras una desactivación',
      intro:
        'Lo que hagas y lo que evites en los primeros días influye en la apelación. Respira hondo y ve paso a paso.',
      items: {
        'one-channel': {
          title: 'Usa un solo canal, no varios',
          why: 'Escribir a Amazon una y otra vez por distintos canales retrasa tu caso.',
        },
        'calm-tone': {
          title: 'No envíes mensajes airados ni acusatorios',
          why: 'Los revisores atienden a hechos; el enfado les pone más difícil ayudarte.',
        },
        'no-new-account': {
          title: 'No abras una cuenta de vendedor nueva',
          why: 'Una segunda cuenta para esquivar la desactivación incumple las normas y puede cerrarte todas las puertas.',
        },
        'do-not-ignore': {
          title: 'No lo ignores',
          why: 'Una desactivación no se resuelve sola; la posibilidad de recuperar la cuenta depende de tu respuesta.',
        },
        'open-orders': {
          title: 'Ocúpate de los pedidos abiertos',
          why: 'Los compradores siguen esperando su mercancía, y el trato que reciban cuenta en la apelación.',
          detail:
            'FBA: Amazon sigue enviando tus pedidos. FBM: debes enviar igualmente todos los pedidos confirmados, con seguimiento.',
          evidencePrompt:
            'Guarda los números de seguimiento y las confirmaciones de entrega de cada pedido que envíes.',
        },
        'read-policies': {
          title: 'Lee las políticas implicadas',
          why: 'Necesitas saber exactamente qué norma se incumplió antes de poder explicar cómo lo has corregido.',
          detail:
            'Lee los apartados de las políticas que corresponden a tu problema; también ayudan los casos de vendedores con desactivaciones similares.',
        },
        'consider-help': {
          title: 'Valora contar con ayuda profesional',
          why: 'Los especialistas suelen detectar lo que se te ha pasado por alto y saben cómo se leen las apelaciones.',
          detail:
            'Por ejemplo, consultores con experiencia en reactivaciones de cuentas o abogados especializados en comercio electrónico.',
        },
        'plan-scenarios': {
          title: 'Haz un plan para el mejor escenario, uno intermedio y el peor',
          why: 'Tener un plan para cada desenlace mantiene el negocio en marcha, decida lo que decida Amazon.',
          detail:
            'Mejor: reactivación tras la primera apelación. Intermedio: nuevas apelaciones con mejor información. ' +
            'Peor: se rechaza la última apelación; otros marketplaces o tu propia tienda online toman el relevo.',
          evidencePrompt: 'Escribe una o dos acciones para cada escenario, con fecha.',
        },
      },
    },
    'while-on-hold': {
      title: 'Mientras la cuenta esté en espera',
      intro: 'Esperar es duro. Aprovecha el tiempo: cumple tus obligaciones y prepara bien tu caso.',
      items: {
        'fulfil-orders': {
          title: 'Gestiona todos los pedidos pendientes',
          why: 'Los pedidos realizados antes de que la cuenta quedara en espera deben enviarse igualmente; descuidarlos empeora la situación.',
        },
        'answer-buyers': {
          title: 'Sigue respondiendo a los compradores',
          why: 'Las preguntas sin respuesta se convierten en quejas justo cuando Amazon está observando.',
        },
        'keep-funds': {
          title: 'Ten fondos disponibles para las tarifas',
          why: 'Las tarifas se siguen cobrando; un pago fallido añade un segundo problema.',
          detail: 'Mantén vigentes tus métodos de pago. No intentes retirar dinero mientras el saldo sea negativo.',
        },
        'keep-log': {
          title: 'Anota con fecha cada contacto y cada cambio',
          why: 'Unas notas claras y fechadas aclaran malentendidos y respaldan una apelación posterior.',
          detail: 'Guarda copias de todos los mensajes con Amazon y de cada cambio que hagas.',
          evidencePrompt: 'En cada entrada: fecha, hora, canal, número de caso y qué se dijo o se cambió.',
        },
        'screenshot-health': {
          title: 'Haz capturas de pantalla de Estado de la cuenta',
          why: 'Las capturas con fecha muestran cómo evolucionaron las métricas y las advertencias.',
          evidencePrompt: 'Guarda cada captura con la fecha en el nombre del archivo.',
        },
        'fix-listings': {
          title: 'Revisa tus ofertas',
          why: 'La pausa es una oportunidad para encontrar otras ofertas que podrían incumplir una política.',
        },
        'fix-processes': {
          title: 'Mejora los procesos que originaron el problema',
          why: 'Tus datos de rendimiento muestran dónde podría repetirse el mismo problema.',
        },
        'follow-up': {
          title: 'Haz el seguimiento a partir de las 48 horas',
          why: 'Hacer el seguimiento demasiado pronto o con demasiada frecuencia retrasa tu caso.',
          detail: 'Indica tu número de caso original, menciona solo lo nuevo y mantén la cortesía.',
        },
        diversify: {
          title: 'Reparte tus ventas entre más canales',
          why: 'Depender menos de un solo marketplace te protege si la cuenta vuelve a quedar en espera.',
          detail:
            'Otros marketplaces, tu propia tienda online, la venta al por mayor, una lista de correo de tus propios clientes.',
        },
      },
    },
    prevention: {
      title: 'Rutina de prevención',
      intro: 'Casi siempre hay un aviso antes de que una cuenta quede en espera. Una rutina breve lo detecta a tiempo.',
      items: {
        'health-routine': {
          title: 'Revisa Estado de la cuenta a diario, o al menos cada semana',
          why: 'Lo que aparece marcado como «En riesgo» es más fácil de corregir antes de que la cuenta quede en espera.',
        },
        notifications: {
          title: 'Lee las nuevas Notificaciones de rendimiento',
          why: 'Los avisos sobre tu cuenta llegan aquí primero.',
          detail: 'Configura las notificaciones para enterarte de cualquier cambio en la situación de tu cuenta.',
        },
        'policy-updates': {
          title: 'Sigue las actualizaciones de las políticas',
          why: 'Desconocer una norma no sirve de excusa, y las normas cambian.',
          detail:
            'Lee las políticas de tus categorías de producto; vigila de cerca la autenticidad, la seguridad y las opiniones de los productos.',
        },
        'listing-audit': {
          title: 'Audita tus ofertas',
          why: 'Las afirmaciones engañosas, las imágenes ajenas y los términos de marcas protegidas pueden dejar la cuenta en espera.',
          detail:
            'Descripciones exactas, imágenes sobre las que tengas derechos y ninguna marca registrada en las palabras clave sin permiso.',
          evidencePrompt: 'Anota la fecha de cada auditoría y lo que cambiaste.',
        },
        'answer-24h': {
          title: 'Responde a los clientes en menos de 24 horas',
          why: 'Las respuestas rápidas y una gestión justa de las devoluciones mantienen en buen nivel las métricas de experiencia del cliente.',
        },
        'stock-accuracy': {
          title: 'Mantén un inventario exacto',
          why: 'Un inventario incorrecto provoca envíos con retraso y cancelaciones.',
        },
        'quality-control': {
          title: 'Aplica controles de calidad',
          why: 'Los problemas de calidad del producto, sobre todo los de seguridad, dejan pronto la cuenta en espera.',
          detail:
            'Acuerda controles de calidad con tus proveedores, inspecciona muestras aunque uses FBA e investiga ' +
            'cada queja sobre un producto.',
          evidencePrompt: 'Documenta tus controles de calidad para poder mostrárselos a Amazon si te los pide.',
        },
      },
    },
  },
  exportLabels: {
    marketplace: 'Marketplace',
    generated: 'Generado',
    progress: 'Progreso: {done} de {total} completados ({percent} %)',
    tickedAt: 'marcado el {time}',
    notTicked: 'aún sin hacer',
    evidence: 'Pruebas que conservar',
    link: 'Abrir en Seller Central',
    timeline: 'Cronología del caso',
    timelineEmpty: 'No hay contactos registrados en el caso.',
    caseLabel: 'caso',
    sent: 'enviado',
    received: 'recibido',
    accountHistory: 'Historial de la cuenta',
    accountTimeline: 'Situación de la cuenta, infracciones por política y notificaciones',
    accountTimelineEmpty: 'Sin cambios en la situación de la cuenta ni en las infracciones, y sin notificaciones.',
    timelineNotice: 'Notificación de rendimiento: {title}',
    timelinePolicy: '{policy}: {from} → {to}',
    noticesFolded: '{count} notificaciones anteriores, resumidas',
    policyChangesFolded: '{count} cambios anteriores en el número de infracciones, resumidos',
    policies: 'Cumplimiento de políticas',
    policiesEmpty: 'No se ha leído ninguna lista de políticas.',
    policiesAsOf: 'Tal como las mostraba Estado de la cuenta el {date}.',
    policyName: 'Política',
    policyCount: 'Infracciones',
    summarizedChanges: '{count} cambios anteriores, resumidos',
    ratings: 'Calificación del estado de la cuenta',
    ratingsEmpty: 'No se ha leído ninguna calificación.',
    ratingDay: 'Día',
    ratingValue: 'Calificación',
    ratingStatus: 'Estado',
    ratingMonth: '{month} ({days} días)',
    footer: 'Exportado con Seller Central Companion (sin vínculo con Amazon).',
  },
};
