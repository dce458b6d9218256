from bench.intelligence.run import main

raise SystemExit(main())
