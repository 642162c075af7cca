# Reference Gi* for harmspot's tests: spdep::localG with the cell itself included and binary weights ("B"),
# two-sided p from z, Benjamini–Hochberg over all cells of the study area (p.adjust "BH"), and the ArcGIS-style
# bin (±3 / ±2 / ±1 at BH-adjusted p < 0.01 / 0.05 / 0.1, sign from z), on every gistar-input-*.csv written by
# gistar-input.ts. Run from the project root (needs Debian's r-cran-spdep; CI does not run this):
#   npx tsx scripts/reference/gistar-input.ts && Rscript scripts/reference/gistar-spdep.R
suppressPackageStartupMessages(library(spdep))
dir <- "src/analysis/fixtures"
for (input in sort(list.files(dir, pattern = "^gistar-input-.*\\.csv$"))) {
  name <- sub("^gistar-input-(.*)\\.csv$", "\\1", input)
  inp <- read.csv(file.path(dir, input), colClasses = c("character", "numeric", "character"))
  nbl <- lapply(inp$nb, function(s) {
    if (is.na(s) || s == "") return(0L)
    sort(as.integer(strsplit(s, ";")[[1]]))
  })
  class(nbl) <- "nb"
  attr(nbl, "region.id") <- inp$cell
  lw <- nb2listw(include.self(nbl), style = "B", zero.policy = TRUE)
  z <- as.numeric(localG(inp$x, lw, zero.policy = TRUE))
  p <- 2 * pnorm(-abs(z))
  p_bh <- p.adjust(p, method = "BH")
  level <- ifelse(p_bh < 0.01, 3L, ifelse(p_bh < 0.05, 2L, ifelse(p_bh < 0.1, 1L, 0L)))
  bin <- as.integer(sign(z)) * level
  out <- data.frame(cell = inp$cell, z = sprintf("%.17g", z), p = sprintf("%.17g", p),
                    p_bh = sprintf("%.17g", p_bh), bin = bin)
  write.csv(out, file.path(dir, paste0("gistar-spdep-", name, ".csv")), row.names = FALSE, quote = FALSE)
  cat(name, nrow(inp), "cells,", sum(bin != 0), "significant after BH\n")
}
cat("spdep", as.character(packageVersion("spdep")), "\n")
