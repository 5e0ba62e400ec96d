/// The commented configuration `orchestrator init` writes.
///
/// It works as it is once the secrets are in the environment; every value shown is the default, but for the reviewers'
/// spreadsheet when another is asked for.
package enum ExampleConfiguration {
    package static let fileName = "orchestrator.yml"

    package static func text(spreadsheet: SpreadsheetLocale = .esES) -> String {
        template.replacingOccurrences(of: "spreadsheet: es-ES", with: "spreadsheet: \(spreadsheet.rawValue)")
    }

    private static let template = """
        # Orchestrator configuration (YAML). Every key is optional: what is shown is the default.
        # Secrets never go here; they come from the environment:
        #   TIPSA_URL  TIPSA_AGENCY  TIPSA_CLIENT  TIPSA_PASSWORD
        #   ONTIME_URL  ONTIME_USER  ONTIME_PASSWORD  ONTIME_CLIENT
        #   MIRAKL_URL  MIRAKL_API_KEY  MIRAKL_SHOP_ID (optional)   -- with these, orders are fetched from and
        #   tracking confirmed to Mirakl; without them, exports dropped in inbox/ and CSVs in outbox/ only.
        # An unknown key is an error, so a misspelt setting never goes unnoticed.

        intake:
          # A file whose size or modification time changed within this many seconds is still being written.
          settle_seconds: 5
          # true: pick up <name>.csv only once <name>.csv.done exists beside it.
          require_done_marker: false

        watch:
          # `orchestrator watch` looks at inbox/ this often (polling also sees NFS/SMB drops).
          poll_interval_seconds: 30

        orders:
          # Parcel weight when the export has no weight column and the SKU is not in sku_weights_kg.
          default_weight_kg: 1
          # Weight of one unit of a SKU.
          sku_weights_kg: {}
          #   24-MB01: 0.8
          # More column names for a field (matched ignoring case, accents, spaces, _ - .).
          header_aliases: {}
          #   order_id: ["Pedido nº"]
          #   customer.shipping_address.zip_code: ["CP envío"]

        # The pick-up address printed on every label. A placeholder: set your own before a real run (run and watch
        # refuse to book from it outside --sandbox).
        sender:
          name: Sandbox Seller
          street: Calle de Alcalá 1
          city: Madrid
          postal_code: "28014"
          country: ES
          phone: "910000000"

        # First matching rule wins. Conditions: countries, min_weight_kg, max_weight_kg (exclusive),
        # shipping_type_codes, shipping_zone_codes; a rule without conditions matches every order.
        routing:
          - countries: [ES, PT, AD]
            max_weight_kg: 1
            carrier: ontime
            service: "70"
          - countries: [ES, PT, AD]
            carrier: tipsa
            service: "48"   # ECONOMY
          - carrier: tipsa
            service: "91"   # INT-ECONOMY

        # How each carrier is named in tracking files and to Mirakl (mirakl_code: the carrier code your operator
        # registered; "" sends Mirakl the name and tracking URL instead), and how hard it may be called: calls at once
        # start at 8 and grow while the carrier answers steadily, halving when it pushes back (429, 503, timeouts,
        # slower answers), never above max_calls_in_flight; max_calls_per_second caps starts (0: no cap). Workers
        # sharing a PostgreSQL ledger hold max_calls_in_flight between them, each at most
        # max_calls_in_flight_per_worker.
        carriers:
          tipsa:
            mirakl_code: TIPSA
            name: TIPSA
            tracking_url: ""   # e.g. "https://example.com/track?n={tracking}"
            max_calls_in_flight: 32
            max_calls_in_flight_per_worker: 32
            max_calls_per_second: 0
          ontime:
            mirakl_code: ONTIME
            name: OnTime
            tracking_url: "https://ontimegts.alertran.net/gts/pub/locNumSeguimiento.seam?localizador={tracking}"
            max_calls_in_flight: 32
            max_calls_in_flight_per_worker: 32
            max_calls_per_second: 0

        posting:
          retry_attempts: 4            # per call, when the carrier says "try later"
          retry_base_delay_seconds: 0.5
          retry_max_delay_seconds: 30
          concurrency: 64              # orders posted at once, over all carriers (each carrier adapts its own calls at once)
          unavailable_after_failures: 8  # transient failures in a row after which a carrier is unavailable for the run
          call_timeout_seconds: 30
          connect_timeout_seconds: 5

        # The Mirakl API (only with MIRAKL_URL and MIRAKL_API_KEY set).
        mirakl:
          fetch_interval_seconds: 300  # run/watch fetch orders at most this often (Mirakl: at most once a minute)
          fetch_overlap_minutes: 10    # each fetch re-reads this much before the last one began
          first_fetch_days: 7          # how far back the first fetch goes
          max_calls_in_flight: 4
          max_calls_per_second: 0      # 0: no limit but the 429s (Retry-After) Mirakl sends, which every call obeys
          max_calls_per_run: 20000     # the rest waits for the next run
          retry_attempts: 5            # per call, after 429 (Retry-After honoured), 5xx or a timeout
          retry_base_delay_seconds: 1
          retry_max_delay_seconds: 60

        # The reviewers' spreadsheet (es-ES ca-ES pt-PT fr-FR it-IT de-DE nl-NL en-GB en-US): CSVs open right in it.
        outbox:
          spreadsheet: es-ES
          # For files read by programs, in place of the locale's: delimiter (, ; | tab) and bom (true/false).

        # Several workers sharing one PostgreSQL ledger (ORCHESTRATOR_LEDGER_URL): what one worker claimed is taken
        # over by the others once it has not renewed its lease for this long.
        sharing:
          lease_seconds: 30

        """
}
