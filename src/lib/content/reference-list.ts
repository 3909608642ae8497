/**
 * The review's reference list exactly as it prints it, one reference per line (bibliographic
 * fact, copied from the review). Parsed by ./parse-references; do not edit by hand.
 */
export const REFERENCE_LIST = `1. Poste, G. & Fidler, I. J. The pathogenesis of cancer metastasis. Nature 283, 139–146 (1980).
2. Massague, J. & Obenauf, A. C. Metastatic colonization by circulating tumour cells. Nature 529, 298–306 (2016).
3. Lambert, A. W., Pattabiraman, D. R. & Weinberg, R. A. Emerging biological principles of metastasis. Cell 168, 670–691 (2017).
4. Gerstberger, S., Jiang, Q. & Ganesh, K. Metastasis. Cell 186, 1564–1579 (2023).
5. Chaffer, C. L. & Weinberg, R. A. A perspective on cancer cell metastasis. Science 331, 1559–1564 (2011).
6. Chambers, A. F., Groom, A. C. & MacDonald, I. C. Dissemination and growth of cancer cells in metastatic sites. Nat. Rev. Cancer 2, 563–572 (2002).
7. Massague, J. & Ganesh, K. Metastasis-initiating cells and ecosystems. Cancer Discov. 11, 971–994 (2021).
8. de Visser, K. E. & Joyce, J. A. The evolving tumor microenvironment: from cancer initiation to metastatic outgrowth. Cancer Cell 41, 374–403 (2023).
9. Luzzi, K. J. et al. Multistep nature of metastatic inefficiency: dormancy of solitary cells after successful extravasation and limited survival of early micrometastases. Am. J. Pathol. 153, 865–873 (1998).
10. Aguirre Ghiso, J. A., Kovalski, K. & Ossowski, L. Tumor dormancy induced by downregulation of urokinase receptor in human carcinoma involves integrin and MAPK signaling. J. Cell Biol. 147, 89–104 (1999).
11. Naumov, G. N. et al. Persistence of solitary mammary carcinoma cells in a secondary site: a possible contributor to dormancy. Cancer Res. 62, 2162–2168 (2002).
12. Holmgren, L., O’Reilly, M. S. & Folkman, J. Dormancy of micrometastases: balanced proliferation and apoptosis in the presence of angiogenesis suppression. Nat. Med. 1, 149–153 (1995).
13. Koebel, C. M. et al. Adaptive immunity maintains occult cancer in an equilibrium state. Nature 450, 903–907 (2007).
14. Sosa, M. S., Bragado, P., Debnath, J. & Aguirre-Ghiso, J. A. Regulation of tumor cell dormancy by tissue microenvironments and autophagy. Adv. Exp. Med Biol. 734, 73–89 (2013).
15. Vera-Ramirez, L., Vodnala, S. K., Nini, R., Hunter, K. W. & Green, J. E. Autophagy promotes the survival of dormant breast cancer cells and metastatic tumour recurrence. Nat. Commun. 9, 1944 (2018).
16. Pommier, A. et al. Unresolved endoplasmic reticulum stress engenders immune-resistant, latent pancreatic cancer metastases. Science 360, eaao4908 (2018).
17. Rusu, P. et al. GPD1 specifically marks dormant glioma stem cells with a distinct metabolic profile. Cell Stem Cell 25, 241–257.e248 (2019).
18. Davis, R. T. et al. Transcriptional diversity and bioenergetic shift in human breast cancer metastasis revealed by single-cell RNA sequencing. Nat. Cell Biol. 22, 310–320 (2020).
19. Adam, A. P. et al. Computational identification of a p38SAPK-regulated transcription factor network required for tumor cell quiescence. Cancer Res. 69, 5664–5672 (2009).
20. Sosa, M. S. et al. NR2F1 controls tumour cell dormancy via SOX9- and RARbeta-driven quiescence programmes. Nat. Commun. 6, 6170 (2015).
21. Gawrzak, S. et al. MSK1 regulates luminal cell differentiation and metastatic dormancy in ER+ breast cancer. Nat. Cell Biol. 20, 211–221 (2018).
22. Dhimolea, E. et al. An embryonic diapause-like adaptation with suppressed Myc activity enables tumor treatment persistence. Cancer Cell 39, 240–256 e211 (2021).
23. Rehman, S. K. et al. Colorectal cancer cells enter a diapause-like DTP state to survive chemotherapy. Cell 184, 226–242.e221 (2021).
24. Borriello, L. et al. Primary tumor associated macrophages activate programs of invasion and dormancy in disseminating tumor cells. Nat. Commun. 13, 626 (2022).
25. Kang, Y. & Pantel, K. Tumor cell dissemination: emerging biological insights from animal models and cancer patients. Cancer Cell 23, 573–581 (2013).
26. Lambert, A. W. & Weinberg, R. A. Linking EMT programmes to normal and neoplastic epithelial stem cells. Nat. Rev. Cancer 21, 325–338 (2021).
27. Castaneda, M., den Hollander, P., Kuburich, N. A., Rosen, J. M. & Mani, S. A. Mechanisms of cancer metastasis. Semin. Cancer Biol. 87, 17–31 (2022).
28. Lawson, D. A. et al. Single-cell analysis reveals a stem-cell program in human metastatic breast cancer cells. Nature 526, 131–135 (2015).
29. Castano, Z. et al. IL-1β inflammatory response driven by primary breast cancer prevents metastasis-initiating cell colonization. Nat. Cell Biol. 20, 1084–1097 (2018).
30. Liu, Y. et al. Long non-coding RNA NR2F1-AS1 induces breast cancer lung metastatic dormancy by regulating NR2F1 and DeltaNp63. Nat. Commun. 12, 5232 (2021).
31. Rhim, A. D. et al. EMT and dissemination precede pancreatic tumor formation. Cell 148, 349–361 (2012).
32. Klein, C. A. Parallel progression of primary tumours and metastases. Nat. Rev. Cancer 9, 302–312 (2009).
33. Balic, M. et al. Most early disseminated cancer cells detected in bone marrow of breast cancer patients have a putative breast cancer stem cell phenotype. Clin. Cancer Res. 12, 5615–5621 (2006).
34. Harper, K. L. et al. Mechanism of early dissemination and metastasis in Her2+ mammary cancer. Nature 540, 588–592 (2016).
35. Hosseini, H. et al. Early dissemination seeds metastasis in breast cancer. Nature 540, 552–558 (2016).
36. Nobre, A. R. et al. ZFP281 drives a mesenchymal-like dormancy program in early disseminated breast cancer cells that prevents metastatic outgrowth in the lung. Nat. Cancer 3, 1165–1180 (2022).
37. Kroger, C. et al. Acquisition of a hybrid E/M state is essential for tumorigenicity of basal breast cancer cells. Proc. Natl Acad. Sci. USA 116, 7353–7362 (2019).
38. Zhang, Y. et al. Genome-wide CRISPR screen identifies PRC2 and KMT2D-COMPASS as regulators of distinct EMT trajectories that contribute differentially to metastasis. Nat. Cell Biol. 24, 554–564 (2022).
39. Lambert, A. W. et al. DeltaNp63/p73 drive metastatic colonization by controlling a regenerative epithelial stem cell program in quasi-mesenchymal cancer stem cells. Dev. Cell 57, 2714–2730.e2718 (2022).
40. Cui, J. et al. MLL3 loss drives metastasis by promoting a hybrid epithelial-mesenchymal transition state. Nat. Cell Biol. 25, 145–158 (2023).
41. Celia-Terrassa, T. & Kang, Y. Distinctive properties of metastasis-initiating cells. Genes Dev. 30, 892–908 (2016).
42. Malanchi, I. et al. Interactions between cancer stem cells and their niche govern metastatic colonization. Nature 481, 85–89 (2011).
43. Pastushenko, I. et al. Identification of the tumour transition states occurring during EMT. Nature 556, 463–468 (2018).
44. de Sousa e Melo, F. et al. A distinct role for Lgr5+ stem cells in primary and metastatic colon cancer. Nature 543, 676–680 (2017).
45. Canellas-Socias, A. et al. Metastatic recurrence in colorectal cancer arises from residual EMP1+ cells. Nature 611, 603–613 (2022).
46. Zhang, X. H., Giuliano, M., Trivedi, M. V., Schiff, R. & Osborne, C. K. Metastasis dormancy in estrogen receptor-positive breast cancer. Clin. Cancer Res. 19, 6389–6397 (2013).
47. Shibue, T. & Weinberg, R. A. EMT, CSCs, and drug resistance: the mechanistic link and clinical implications. Nat. Rev. Clin. Oncol. 14, 611–629 (2017).
48. Celia-Terrassa, T. et al. Epithelial-mesenchymal transition can suppress major attributes of human epithelial tumor-initiating cells. J. Clin. Invest. 122, 1849–1868 (2012).
49. Ocana, O. H. et al. Metastatic colonization requires the repression of the epithelial-mesenchymal transition inducer Prrx1. Cancer Cell 22, 709–724 (2012).
50. Jolly, M. K. & Celia-Terrassa, T. Dynamics of phenotypic heterogeneity associated with EMT and stemness during cancer progression. J. Clin. Med. 8, 1542 (2019).
51. Padmanaban, V. et al. E-cadherin is required for metastasis in multiple models of breast cancer. Nature 573, 439–444 (2019).
52. Shibue, T., Brooks, M. W., Inan, M. F., Reinhardt, F. & Weinberg, R. A. The outgrowth of micrometastases is enabled by the formation of filopodium-like protrusions. Cancer Discov. 2, 706–721 (2012).
53. Shibue, T., Brooks, M. W. & Weinberg, R. A. An integrin-linked machinery of cytoskeletal regulation that enables experimental tumor initiation and metastatic colonization. Cancer Cell 24, 481–498 (2013).
54. Kienast, Y. et al. Real-time imaging reveals the single steps of brain metastasis formation. Nat. Med. 16, 116–122 (2010).
55. Valiente, M. et al. Serpins promote cancer cell survival and vascular co-option in brain metastasis. Cell 156, 1002–1016 (2014).
56. Er, E. E. et al. Pericyte-like spreading by disseminated cancer cells activates YAP and MRTF for metastatic colonization. Nat. Cell Biol. 20, 966–978 (2018).
57. Wrenn, E. D. et al. Regulation of collective metastasis by nanolumenal signaling. Cell 183, 395–410.e319 (2020).
58. Roe, J. S. et al. Enhancer reprogramming promotes pancreatic cancer metastasis. Cell 170, 875–888.e820 (2017).
59. Laughney, A. M. et al. Regenerative lineages and immune-mediated pruning in lung cancer metastasis. Nat. Med. 26, 259–269 (2020).
60. Ge, Y. et al. Stem cell lineage infidelity drives wound repair and cancer. Cell 169, 636–650.e614 (2017).
61. Ganesh, K. et al. L1CAM defines the regenerative origin of metastasis-initiating cells in colorectal cancer. Nat. Cancer 1, 28–45 (2020).
62. Denny, S. K. et al. Nfib promotes metastasis through a widespread increase in chromatin accessibility. Cell 166, 328–342 (2016).
63. Rodrigues, P. et al. NF-κB-dependent lymphoid enhancer co-option promotes renal carcinoma metastasis. Cancer Discov. 8, 850–865 (2018).
64. Marjanovic, N. D. et al. Emergence of a high-plasticity cell state during lung cancer evolution. Cancer Cell 38, 229–246.e213 (2020).
65. LaFave, L. M. et al. Epigenomic state transitions characterize tumor progression in mouse lung adenocarcinoma. Cancer Cell 38, 212–228.e213 (2020).
66. Garraway, L. A. & Lander, E. S. Lessons from the cancer genome. Cell 153, 17–37 (2013).
67. Vogelstein, B. et al. Cancer genome landscapes. Science 339, 1546–1558 (2013).
68. Reiter, J. G. et al. Minimal functional driver gene heterogeneity among untreated metastases. Science 361, 1033–1037 (2018).
69. Nguyen, B. et al. Genomic characterization of metastatic patterns from prospective clinical sequencing of 25,000 patients. Cell 185, 563–575.e511 (2022).
70. Pavlovic, M. et al. Enhanced MAF oncogene expression and breast cancer bone metastasis. J. Natl Cancer Inst. 107, djv256 (2015).
71. Jacob, L. S. et al. Metastatic competence can emerge with selection of preexisting oncogenic alleles without a need of new mutations. Cancer Res. 75, 3713–3719 (2015).
72. Turajlic, S. et al. Tracking cancer evolution reveals constrained routes to metastases: TRACERx Renal. Cell 173, 581–594.e512 (2018).
73. Van Keymeulen, A. et al. Reactivation of multipotency by oncogenic PIK3CA induces breast tumour heterogeneity. Nature 525, 119–123 (2015).
74. Koren, S. et al. PIK3CA(H1047R) induces multipotency and multi-lineage mammary tumours. Nature 525, 114–118 (2015).
75. Ku, S. Y. et al. Rb1 and Trp53 cooperate to suppress prostate cancer lineage plasticity, metastasis, and antiandrogen resistance. Science 355, 78–83 (2017).
76. Pierce, S. E. et al. LKB1 inactivation modulates chromatin accessibility to drive metastatic progression. Nat. Cell Biol. 23, 915–924 (2021).
77. Concepcion, C. P. et al. Smarca4 inactivation promotes lineage-specific transformation and early metastatic features in the lung. Cancer Discov. 12, 562–585 (2022).
78. Pascual, G. et al. Targeting metastasis-initiating cells through the fatty acid receptor CD36. Nature 541, 41–45 (2017).
79. Bergers, G. & Fendt, S. M. The metabolism of cancer cells during metastasis. Nat. Rev. Cancer 21, 162–180 (2021).
80. Faubert, B., Solmonson, A. & DeBerardinis, R. J. Metabolic reprogramming and cancer progression. Science 368, eaaw5473 (2020).
81. Elia, I., Doglioni, G. & Fendt, S. M. Metabolic hallmarks of metastasis formation. Trends Cell Biol. 28, 673–684 (2018).
82. Bartman, C. R. et al. Slow TCA flux and ATP production in primary solid tumours but not metastases. Nature 614, 349–357 (2023).
83. Ebright, R. Y. et al. Deregulation of ribosomal protein expression and translation promotes breast cancer metastasis. Science 367, 1468–1473 (2020).
84. Elia, I. et al. Breast cancer cells rely on environmental pyruvate to shape the metastatic niche. Nature 568, 117–121 (2019).
85. Ferraro, G. B. et al. Fatty acid synthesis is required for breast cancer brain metastasis. Nat. Cancer 2, 414–428 (2021).
86. Jin, X. et al. A metastasis map of human cancer cell lines. Nature 588, 331–336 (2020).
87. Goddard, E. T., Bozic, I., Riddell, S. R. & Ghajar, C. M. Dormant tumour cells, their niches and the influence of immunity. Nat. Cell Biol. 20, 1240–1249 (2018).
88. Lopez-Soto, A., Gonzalez, S., Smyth, M. J. & Galluzzi, L. Control of metastasis by NK cells. Cancer Cell 32, 135–154 (2017).
89. Hanna, R. N. et al. Patrolling monocytes control tumor metastasis to the lung. Science 350, 985–990 (2015).
90. Malladi, S. et al. Metastatic latency and immune evasion through autocrine inhibition of WNT. Cell 165, 45–60 (2016).
91. Correia, A. L. et al. Hepatic stellate cells suppress NK cell-sustained breast cancer dormancy. Nature 594, 566–571 (2021).
92. Montagner, M. et al. Crosstalk with lung epithelial cells regulates Sfrp2-mediated latency in breast cancer dissemination. Nat. Cell Biol. 22, 289–296 (2020).
93. Gao, H. et al. The BMP inhibitor Coco reactivates breast cancer cells at lung metastatic sites. Cell 150, 764–779 (2012).
94. Crist, S. B. et al. Unchecked oxidative stress in skeletal muscle prevents outgrowth of disseminated tumour cells. Nat. Cell Biol. 24, 538–553 (2022).
95. Oskarsson, T., Batlle, E. & Massague, J. Metastatic stem cells: sources, niches, and vital pathways. Cell Stem Cell 14, 306–321 (2014).
96. Celia-Terrassa, T. & Kang, Y. Metastatic niche functions and therapeutic opportunities. Nat. Cell Biol. 20, 868–877 (2018).
97. Bragado, P. et al. TGF-β2 dictates disseminated tumour cell fate in target organs through TGF-β-RIII and p38α/β signalling. Nat. Cell Biol. 15, 1351–1361 (2013).
98. Kobayashi, A. et al. Bone morphogenetic protein 7 in dormancy and metastasis of prostate cancer stem-like cells in bone. J. Exp. Med. 208, 2641–2655 (2011).
99. Yumoto, K. et al. Axl is required for TGF-beta2-induced dormancy of prostate cancer cells in the bone marrow. Sci. Rep. 6, 36520 (2016).
100. Sosa, M. S., Avivar-Valderas, A., Bragado, P., Wen, H. C. & Aguirre-Ghiso, J. A. ERK1/2 and p38α/β signaling in tumor cell quiescence: opportunities to control dormant residual disease. Clin. Cancer Res. 17, 5850–5857 (2011).
101. Aguirre-Ghiso, J. A. & Sosa, M. S. Emerging topics on disseminated cancer cell dormancy and the paradigm of metastasis. Annu. Rev. Cancer Biol. 2, 377–393 (2018).
102. Ghajar, C. M. et al. The perivascular niche regulates breast tumour dormancy. Nat. Cell Biol. 15, 807–817 (2013).
103. Carlson, P. et al. Targeting the perivascular niche sensitizes disseminated tumour cells to chemotherapy. Nat. Cell Biol. 21, 238–250 (2019).
104. Wculek, S. K. & Malanchi, I. Neutrophils support lung colonization of metastasis-initiating breast cancer cells. Nature 528, 413–417 (2015).
105. De Cock, J. M. et al. Inflammation triggers Zeb1-dependent escape from tumor latency. Cancer Res. 76, 6778–6784 (2016).
106. Albrengues, J. et al. Neutrophil extracellular traps produced during inflammation awaken dormant cancer cells in mice. Science 361, eaao4227 (2018).
107. Krall, J. A. et al. The systemic response to surgery triggers the outgrowth of distant immune-controlled tumors in mouse models of dormancy. Sci. Transl. Med. 10, eaan3464 (2018).
108. Kaur, A. et al. sFRP2 in the aged microenvironment drives melanoma metastasis and therapy resistance. Nature 532, 250–254 (2016).
109. Fane, M. E. et al. Stromal changes in the aged lung induce an emergence from melanoma dormancy. Nature 606, 396–405 (2022).
110. Peinado, H. et al. Pre-metastatic niches: organ-specific homes for metastases. Nat. Rev. Cancer 17, 302–317 (2017).
111. Kaplan, R. N. et al. VEGFR1-positive haematopoietic bone marrow progenitors initiate the pre-metastatic niche. Nature 438, 820–827 (2005).
112. Costa-Silva, B. et al. Pancreatic cancer exosomes initiate pre-metastatic niche formation in the liver. Nat. Cell Biol. 17, 816–826 (2015).
113. Liu, Y. & Cao, X. Characteristics and significance of the pre-metastatic niche. Cancer Cell 30, 668–681 (2016).
114. Oskarsson, T. et al. Breast cancer cells produce tenascin C as a metastatic niche component to colonize the lungs. Nat. Med. 17, 867–874 (2011).
115. Obenauf, A. C. & Massague, J. Surviving at a distance: organ-specific metastasis. Trends Cancer 1, 76–91 (2015).
116. Gao, Y. et al. Metastasis organotropism: redefining the congenial soil. Dev. Cell 49, 375–391 (2019).
117. Yin, J. J. et al. TGF-beta signaling blockade inhibits PTHrP secretion by breast cancer cells and bone metastases development. J. Clin. Invest. 103, 197–206 (1999).
118. Kang, Y. et al. A multigenic program mediating breast cancer metastasis to bone. Cancer Cell 3, 537–549 (2003).
119. Chen, Q. et al. Carcinoma-astrocyte gap junctions promote brain metastasis by cGAMP transfer. Nature 533, 493–498 (2016).
120. Zeng, Q. et al. Synaptic proximity enables NMDAR signalling to promote brain metastasis. Nature 573, 526–531 (2019).
121. Bidwell, B. N. et al. Silencing of Irf7 pathways in breast cancer cells promotes bone metastasis through immune escape. Nat. Med. 18, 1224–1231 (2012).
122. Eyles, J. et al. Tumor cells disseminate early, but immunosurveillance limits metastatic outgrowth, in a mouse model of melanoma. J. Clin. Invest. 120, 2030–2039 (2010).
123. Grzelak, C. A. et al. Elimination of fluorescent protein immunogenicity permits modeling of metastasis in immune-competent settings. Cancer Cell 40, 1–2 (2022).
124. Van den Eynde, M. et al. The link between the multiverse of immune microenvironments in metastases and the survival of colorectal cancer patients. Cancer Cell 34, 1012–1026.e1013 (2018).
125. Jimenez-Sanchez, A. et al. Heterogeneous tumor-immune microenvironments among differentially growing metastases in an ovarian cancer patient. Cell 170, 927–938.e920 (2017).
126. MacKie, R. M., Reid, R. & Junor, B. Fatal melanoma transferred in a donated kidney 16 years after melanoma surgery. N. Engl. J. Med. 348, 567–568 (2003).
127. Sharma, P. & Allison, J. P. Immune checkpoint targeting in cancer therapy: toward combination strategies with curative potential. Cell 161, 205–214 (2015).
128. Hicklin, D. J. et al. β2-Microglobulin mutations, HLA class I antigen loss, and tumor progression in melanoma. J. Clin. Invest. 101, 2720–2729 (1998).
129. Restifo, N. P. et al. Loss of functional beta 2-microglobulin in metastatic melanomas from five patients receiving immunotherapy. J. Natl Cancer Inst. 88, 100–108 (1996).
130. Dongre, A. & Weinberg, R. A. New insights into the mechanisms of epithelial-mesenchymal transition and implications for cancer. Nat. Rev. Mol. Cell Biol. 20, 69–84 (2019).
131. Dongre, A. et al. Epithelial-to-mesenchymal transition contributes to immunosuppression in breast carcinomas. Cancer Res. 77, 3982–3989 (2017).
132. Tripathi, S. C. et al. Immunoproteasome deficiency is a feature of non-small cell lung cancer with a mesenchymal phenotype and is associated with a poor outcome. Proc. Natl Acad. Sci. USA 113, E1555–E1564 (2016).
133. Chen, L. et al. Metastasis is regulated via microRNA-200/ZEB1 axis control of tumour cell PD-L1 expression and intratumoral immunosuppression. Nat. Commun. 5, 5241 (2014).
134. Perez-Nunez, I. et al. LCOR mediates interferon-independent tumor immunogenicity and responsiveness to immune-checkpoint blockade in triple-negative breast cancer. Nat. Cancer 3, 355–370 (2022).
135. Hu, J. et al. STING inhibits the reactivation of dormant metastasis in lung adenocarcinoma. Nature 616, 806–813 (2023).
136. Dongre, A. et al. Direct and indirect regulators of epithelial-mesenchymal transition-mediated immunosuppression in breast carcinomas. Cancer Discov. 11, 1286–1305 (2021).
137. Kudo-Saito, C., Shirako, H., Takeuchi, T. & Kawakami, Y. Cancer metastasis is accelerated through immunosuppression during Snail-induced EMT of cancer cells. Cancer Cell 15, 195–206 (2009).
138. Li, J. et al. Metastasis and immune evasion from extracellular cGAMP hydrolysis. Cancer Discov. 11, 1212–1227 (2021).
139. Tauriello, D. V. F. et al. TGFβ drives immune evasion in genetically reconstituted colon cancer metastasis. Nature 554, 538–543 (2018).
140. Clever, D. et al. Oxygen sensing by T cells establishes an immunologically tolerant metastatic niche. Cell 166, 1117–1131 e1114 (2016).
141. Wellenstein, M. D. et al. Loss of p53 triggers WNT-dependent systemic inflammation to drive breast cancer metastasis. Nature 572, 538–542 (2019).
142. Coffelt, S. B. et al. IL-17-producing γδ T cells and neutrophils conspire to promote breast cancer metastasis. Nature 522, 345–348 (2015).
143. Yu, J. et al. Liver metastasis restrains immunotherapy efficacy via macrophage-mediated T cell elimination. Nat. Med. 27, 152–164 (2021).
144. Reticker-Flynn, N. E. et al. Lymph node colonization induces tumor-immune tolerance to promote distant metastasis. Cell 185, 1924–1942 e1923 (2022).
`;
