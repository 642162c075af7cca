# Reference Gi* for harmspot's tests: spdep::localG with the cell itself included and binary weights,
# on the inputs written by export-gistar-input.ts. Run from the project root:
#   Rscript scripts/reference/gistar-spdep.R      (needs Debian's r-cran-spdep; CI does not run this)
suppressPackageStartupMessages(library(spdep))
dir <- "src/analysis/fixtures"
for (name in c("r8-k1", "r9-k1", "r9-k2")) {
  inp <- read.csv(file.path(dir, paste0("gistar-input-", name, ".csv")),
                  colClasses = c("character", "numeric", "character"))
  nbl <- lapply(inp$nb, function(s) {
    if (is.na(s) || s == "") return(0L)
    sort(as.integer(strsplit(s, ";")[[1]]))
  })
  class(nbl) <- "nb"
  attr(nbl, "region.id") <- inp$cell
  lw <- nb2listw(include.self(nbl), style = "B", zero.policy = TRUE)
  g <- as.numeric(localG(inp$x, lw, zero.policy = TRUE))
  out <- data.frame(cell = inp$cell, z = sprintf("%.17g", g))
  write.csv(out, file.path(dir, paste0("gistar-spdep-", name, ".csv")), row.names = FALSE, quote = FALSE)
  cat(name, nrow(inp), "cells\n")
}
cat("spdep", as.character(packageVersion("spdep")), "\n")
