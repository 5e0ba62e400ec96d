import Domain

/// The column names each field is known by in English, French and Spanish back-office exports, besides its canonical
/// OR11 name.
///
/// The configuration can add more.
enum HeaderAliases {
    static let builtIn: [OrderField: [String]] = [
        .orderID: [
            "Order number", "Order ID", "Order", "Numéro de commande", "N° de commande", "Commande",
            "Número de pedido", "Nº de pedido", "Pedido", "ID del pedido",
        ],
        .orderLineID: [
            "Order line ID", "Line ID", "Order line", "ID de ligne", "Ligne de commande", "ID de línea",
            "Línea de pedido",
        ],
        .orderState: [
            "Status", "Order status", "State", "Order state", "Statut", "Statut de la commande", "État",
            "Estado", "Estado del pedido",
        ],
        .createdDate: [
            "Date created", "Creation date", "Order date", "Date de création", "Date de commande",
            "Fecha de creación", "Fecha del pedido",
        ],
        .shippingDeadline: ["Shipping deadline", "Ship by", "Date limite d'expédition", "Fecha límite de envío"],
        .shippingTypeCode: [
            "Shipping method", "Shipping type", "Shipping method code", "Mode de livraison",
            "Método de envío",
        ],
        .shippingTypeLabel: ["Shipping method label", "Shipping type label", "Libellé mode de livraison"],
        .shippingZoneCode: ["Shipping zone", "Shipping zone code", "Zone de livraison", "Zona de envío"],
        .offerSKU: ["Offer SKU", "SKU", "Seller SKU", "Shop SKU", "SKU offre", "Référence", "Referencia"],
        .productTitle: [
            "Product", "Product title", "Product name", "Details", "Produit", "Libellé produit",
            "Producto", "Título del producto",
        ],
        .quantity: ["Quantity", "Qty", "Quantité", "Qté", "Cantidad", "Unidades"],
        .price: ["Price", "Amount", "Unit price", "Prix", "Montant", "Precio", "Importe"],
        .totalPrice: [
            "Total price", "Total", "Total amount", "Prix total", "Montant total", "Precio total",
            "Importe total",
        ],
        .shippingPrice: ["Shipping price", "Shipping cost", "Frais de port", "Gastos de envío"],
        .currency: ["Currency", "Currency code", "Devise", "Moneda", "Divisa"],
        .firstName: [
            "Shipping first name", "First name", "Firstname", "Prénom (livraison)", "Prénom",
            "Nombre (envío)", "Nombre",
        ],
        .lastName: [
            "Shipping last name", "Last name", "Lastname", "Surname", "Nom (livraison)", "Nom",
            "Apellidos (envío)", "Apellidos", "Apellido",
        ],
        .company: ["Shipping company", "Company", "Société (livraison)", "Société", "Empresa (envío)", "Empresa"],
        .street1: [
            "Shipping address", "Shipping street", "Address", "Address 1", "Street", "Street 1",
            "Adresse (livraison)", "Adresse", "Adresse 1", "Dirección (envío)", "Dirección", "Dirección 1",
        ],
        .street2: ["Shipping address 2", "Address 2", "Street 2", "Adresse 2", "Complément d'adresse", "Dirección 2"],
        .additionalInfo: [
            "Additional info", "Shipping additional info", "Informations complémentaires",
            "Información adicional",
        ],
        .zipCode: [
            "Postal code", "Zip code", "Zip", "Postcode", "Shipping postal code", "Shipping zip code",
            "Code postal", "CP", "Código postal", "C.P.",
        ],
        .city: ["City", "Shipping city", "Town", "Ville", "Ville (livraison)", "Ciudad", "Población", "Localidad"],
        .state: ["Shipping state", "Region", "Province", "Région", "Provincia"],
        .countryISOCode: ["Country code", "Shipping country code", "Country ISO code", "Code pays", "Código de país"],
        .country: ["Country", "Shipping country", "Pays", "Pays (livraison)", "País", "País (envío)"],
        .phone: ["Phone", "Telephone", "Phone number", "Shipping phone", "Téléphone", "Tél", "Teléfono", "Móvil"],
        .phoneSecondary: ["Secondary phone", "Mobile", "Téléphone 2", "Portable", "Teléfono 2"],
        .email: [
            "Email", "E-mail", "Customer email", "customer_notification_email", "Courriel", "Correo electrónico",
            "Correo",
        ],
        .weightKg: ["Weight", "Weight (kg)", "Weight kg", "Poids", "Poids (kg)", "Peso", "Peso (kg)"],
    ]
}
